import { Injectable } from '@nestjs/common';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import type { ResourceAccessFacts } from '../resources/resource-access';

type Db = Prisma.TransactionClient;

/** What uploads and downloads check before they start: who may see and edit the resource. */
export interface ResourceFacts extends ResourceAccessFacts {
  id: string;
}

const FACTS_SELECT = { id: true, visibility: true, status: true, ownerAgencyId: true } satisfies Prisma.ResourceSelect;

const STORED_VERSION_SELECT = { number: true, storageKey: true, originalName: true, mediaType: true, sizeBytes: true, sha256: true } satisfies Prisma.ResourceFileVersionSelect;

export type StoredVersion = Prisma.ResourceFileVersionGetPayload<{ select: typeof STORED_VERSION_SELECT }>;

/** One upload as written: where its bytes are and what they are. */
export interface NewVersion {
  storageKey: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedById: string;
}

@Injectable()
export class ResourceFilesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findResource(id: string): Promise<ResourceFacts | null> {
    return this.prisma.client.resource.findUnique({ where: { id }, select: FACTS_SELECT });
  }

  /** Locks one file of the resource (null when the resource has no such file) and gives the number its next version takes. */
  async lockFile(tx: Db, resourceId: string, fileId: string): Promise<{ id: string; nextNumber: number } | null> {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM resource_files WHERE id = ${fileId}::uuid AND resource_id = ${resourceId}::uuid FOR UPDATE`;
    if (!row) return null;
    const { _max } = await tx.resourceFileVersion.aggregate({ where: { fileId: row.id }, _max: { number: true } });
    return { id: row.id, nextNumber: (_max.number ?? 0) + 1 };
  }

  async fileExists(resourceId: string, fileId: string): Promise<boolean> {
    return (await this.prisma.client.resourceFile.count({ where: { id: fileId, resourceId } })) > 0;
  }

  async createFile(tx: Db, resourceId: string, version: NewVersion): Promise<string> {
    const file = await tx.resourceFile.create({ data: { resourceId, versions: { create: { ...version, number: 1 } } }, select: { id: true } });
    return file.id;
  }

  async addVersion(tx: Db, fileId: string, number: number, version: NewVersion): Promise<void> {
    await tx.resourceFileVersion.create({ data: { ...version, fileId, number }, select: { id: true } });
  }

  /** Uploads and deletions change the resource as its readers see it, so its version is raised (and its updatedAt). */
  async raiseVersion(tx: Db, resourceId: string): Promise<void> {
    await tx.resource.update({ where: { id: resourceId }, data: { version: { increment: 1 } }, select: { id: true } });
  }

  /** The given version of a file of the resource, or the current (highest) one. */
  findVersion(resourceId: string, fileId: string, number?: number): Promise<StoredVersion | null> {
    return this.prisma.client.resourceFileVersion.findFirst({
      where: { fileId, file: { resourceId }, ...(number === undefined ? {} : { number }) },
      orderBy: { number: 'desc' },
      select: STORED_VERSION_SELECT,
    });
  }

  /** A file of the resource with every version's storage key, newest first. */
  findFileWithVersions(tx: Db, resourceId: string, fileId: string): Promise<{ id: string; versions: StoredVersion[] } | null> {
    return tx.resourceFile.findFirst({
      where: { id: fileId, resourceId },
      select: { id: true, versions: { select: STORED_VERSION_SELECT, orderBy: { number: 'desc' } } },
    });
  }

  countFiles(tx: Db, resourceId: string): Promise<number> {
    return tx.resourceFile.count({ where: { resourceId } });
  }

  /** Its versions go with it (ON DELETE CASCADE). */
  async deleteFile(tx: Db, fileId: string): Promise<void> {
    await tx.resourceFile.delete({ where: { id: fileId }, select: { id: true } });
  }
}
