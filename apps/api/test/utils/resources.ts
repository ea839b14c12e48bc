import { RESOURCE_FILE_MEDIA_TYPES, type ResourceFileType } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { FileStorage } from '@repo/file-storage';
import { createHash, randomUUID } from 'node:crypto';
import { FILE_STORAGE } from '../../src/common/storage/file-storage.token';
import type { Response, Test } from 'supertest';
import type { TestApp } from './create-test-app';

export function storageOf(t: TestApp): FileStorage {
  return t.app.get<FileStorage>(FILE_STORAGE);
}

/**
 * A file of a resource with its versions, written straight to the database and the storage as an
 * upload would leave them (one version per entry, numbered from 1), without going through the upload route.
 */
export async function storeResourceFile(
  t: TestApp,
  resourceId: string,
  versions: { name: string; type?: ResourceFileType; uploadedById?: string | null; uploadedAt?: Date }[],
) {
  const file = await t.prisma.resourceFile.create({ data: { resourceId }, select: { id: true } });
  const stored = [];
  for (const [index, version] of versions.entries()) {
    const bytes = Buffer.from(`Version ${index + 1} av ${version.name}\n`, 'utf8');
    const type = version.type ?? 'txt';
    const storageKey = `resources/${resourceId}/${randomUUID()}`;
    await storageOf(t).put(storageKey, bytes, RESOURCE_FILE_MEDIA_TYPES[type]);
    stored.push(
      await t.prisma.resourceFileVersion.create({
        data: {
          fileId: file.id,
          number: index + 1,
          storageKey,
          originalName: version.name,
          mediaType: RESOURCE_FILE_MEDIA_TYPES[type],
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedById: version.uploadedById ?? null,
          uploadedAt: version.uploadedAt ?? new Date(),
        },
        select: { id: true, number: true, storageKey: true, sha256: true, sizeBytes: true },
      }),
    );
  }
  return { fileId: file.id, versions: stored };
}

async function untilSomeoneWaitsForALock(t: TestApp): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    const [row] = await t.prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The request never waited for the resource row lock');
}

/**
 * Sends the request while another transaction holds the resource's row lock, and makes that
 * transaction's change once the request waits for the lock: the request then meets the row as
 * changed after it first read it, as when two people save at the same moment.
 */
export async function sendWhileChanged(t: TestApp, resourceId: string, test: Test, change: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<Response> {
  let response: Promise<Response> | undefined;
  await t.prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM resources WHERE id = ${resourceId}::uuid FOR UPDATE`;
      response = test.then((answer) => answer);
      await untilSomeoneWaitsForALock(t);
      await change(tx);
    },
    { timeout: 15_000 },
  );
  return response!;
}
