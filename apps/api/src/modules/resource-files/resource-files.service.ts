import { Inject, Injectable, Logger } from '@nestjs/common';
import { RESOURCE_FILE_MEDIA_TYPES, type Resource } from '@repo/contracts';
import { newStorageKey, StoredFileMissingError, type FileStorage } from '@repo/file-storage';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { FILE_STORAGE } from '../../common/storage/file-storage.token';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { assertPublishedHasContent } from '../resources/published-content';
import { editableResourceOr403, visibleResourceOr404 } from '../resources/resource-access';
import { resourceAuditParties } from '../resources/resource-audit';
import { ResourcesService } from '../resources/resources.service';
import { detectFileType } from './detect-file-type';
import { sanitiseFileName } from './download-name';
import { fileRefusal, type ResourceFileUpload } from './read-resource-file-upload';
import { ResourceFilesRepository } from './resource-files.repository';

const NO_FILE = 'This resource has no such file.';

/** A stored version on its way to the client. */
export interface ResourceFileDownload {
  stream: Readable;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Files of resources: uploads (new files and new versions of one), downloads and deletions. The
 * bytes go to the file storage under keys made here, the rows to the database; a refused or failed
 * upload leaves neither behind.
 */
@Injectable()
export class ResourceFilesService {
  private readonly logger = new Logger('ResourceFiles');
  private readonly maxBytes: number;

  constructor(
    private readonly files: ResourceFilesRepository,
    private readonly resources: ResourcesService,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxBytes = config.RESOURCE_FILE_MAX_MB * 1024 * 1024;
  }

  /**
   * Who may not edit the resource is turned away before the body is read, so none of their bytes
   * are taken in; the rights are checked again under the row lock, in case they changed meanwhile.
   */
  async upload(actor: Actor, id: string, read: (maxBytes: number) => Promise<ResourceFileUpload>, client: ClientInfo): Promise<Resource> {
    // The id as the database spells it: the path's may be in capitals, and the storage key must not.
    const resourceId = editableResourceOr403(actor, await this.files.findResource(id)).id;
    const upload = await read(this.maxBytes);
    if (upload.bytes.length === 0) throw fileRefusal('empty', 'The file is empty (0 bytes).');
    const type = detectFileType(upload.bytes);
    if (!type) {
      throw fileRefusal('type_not_allowed', 'This kind of file cannot be shared. Upload PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), plain text, PNG or JPEG.');
    }
    if (upload.replaces && !(await this.files.fileExists(resourceId, upload.replaces))) throw this.noSuchFileToReplace();

    const mediaType = RESOURCE_FILE_MEDIA_TYPES[type];
    const version = {
      storageKey: newStorageKey('resources', resourceId),
      originalName: sanitiseFileName(upload.fileName, type),
      mediaType,
      sizeBytes: upload.bytes.length,
      sha256: createHash('sha256').update(upload.bytes).digest('hex'),
      uploadedById: actor.id,
    };
    await this.storage.put(version.storageKey, upload.bytes, mediaType);
    try {
      await this.resources.changeLocked(actor, resourceId, async (resource, tx) => {
        let fileId: string;
        let number = 1;
        if (upload.replaces) {
          const file = await this.files.lockFile(tx, resourceId, upload.replaces);
          if (!file) throw this.noSuchFileToReplace();
          fileId = file.id;
          number = file.nextNumber;
          await this.files.addVersion(tx, fileId, number, version);
        } else {
          fileId = await this.files.createFile(tx, resourceId, version);
        }
        await this.files.raiseVersion(tx, resourceId);
        await this.audit.record(
          {
            action: 'resource.file_uploaded',
            ...resourceAuditParties(actor, client, resource),
            details: { fileId, number, name: version.originalName, type, sizeBytes: version.sizeBytes, sha256: version.sha256 },
          },
          tx,
        );
      });
    } catch (error) {
      await this.removeStored([version.storageKey]);
      throw error;
    }
    return this.resources.get(actor, resourceId);
  }

  /** The current version, or the numbered one. A resource the actor may not see is 404 whatever the file id. */
  async download(actor: Actor, resourceId: string, fileId: string, number?: number): Promise<ResourceFileDownload> {
    visibleResourceOr404(actor, await this.files.findResource(resourceId));
    const version = await this.files.findVersion(resourceId, fileId, number);
    if (!version) throw new AppError('NOT_FOUND', number === undefined ? NO_FILE : 'This file has no such version.');
    let stream: Readable;
    try {
      stream = await this.storage.get(version.storageKey);
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error({ storageKey: error.key, resourceId, fileId }, 'A resource file has a row but no stored bytes');
      throw new AppError('NOT_FOUND', 'The content of this file is missing from the file storage.');
    }
    return { stream, name: version.originalName, mediaType: version.mediaType, sizeBytes: version.sizeBytes, sha256: version.sha256 };
  }

  /**
   * Removes the file with all its versions: the rows in one transaction, then the stored bytes. A
   * published resource must keep a link or a file, so its last file goes only if it has a link.
   */
  async delete(actor: Actor, resourceId: string, fileId: string, client: ClientInfo): Promise<void> {
    const keys = await this.resources.changeLocked(actor, resourceId, async (resource, tx) => {
      const file = await this.files.findFileWithVersions(tx, resource.id, fileId);
      if (!file) throw new AppError('NOT_FOUND', NO_FILE);
      assertPublishedHasContent(resource, (await this.files.countFiles(tx, resource.id)) - 1);
      await this.files.deleteFile(tx, file.id);
      await this.files.raiseVersion(tx, resource.id);
      const current = file.versions[0];
      await this.audit.record(
        {
          action: 'resource.file_deleted',
          ...resourceAuditParties(actor, client, resource),
          details: { fileId: file.id, name: current?.originalName ?? null, versions: file.versions.length },
        },
        tx,
      );
      return file.versions.map((version) => version.storageKey);
    });
    await this.removeStored(keys);
  }

  private noSuchFileToReplace(): AppError {
    const message = 'This resource has no file with that id to replace.';
    return new AppError('NOT_FOUND', message, { issues: [{ path: ['replaces'], code: 'not_found', message }] });
  }

  /**
   * The rows no longer point at these objects (or never did), so a failure here must not fail the
   * request: the object is left behind, and the log says which.
   */
  private async removeStored(keys: string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((key) => this.storage.delete(key)));
    results.forEach((result, index) => {
      if (result.status === 'rejected') this.logger.error({ err: result.reason, storageKey: keys[index] }, 'Could not remove a stored resource file');
    });
  }
}
