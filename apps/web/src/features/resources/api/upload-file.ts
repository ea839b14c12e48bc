import { type Resource, ResourceSchema } from '@repo/contracts';
import { uploadWithProgress } from '../../../lib/upload-with-progress';
import { resourcePath } from './resources-queries';

export interface UploadFileInput {
  resourceId: string;
  file: File;
  /** The id of the file this one is a new version of. */
  replaces?: string;
}

export interface UploadFileOptions {
  /** The share of the file sent (0–1); 1 once all of it is sent and the server is checking it. */
  onProgress: (sent: number) => void;
  /** Aborting it cancels the upload; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** Sends one file of a resource to POST /api/resources/:id/files and answers with the resource as saved. */
export function uploadResourceFile({ resourceId, file, replaces }: UploadFileInput, { onProgress, signal }: UploadFileOptions): Promise<Resource> {
  const body = new FormData();
  // The field before the file, so the server knows what the bytes are before it reads them.
  if (replaces) body.append('replaces', replaces);
  body.append('file', file, file.name);
  return uploadWithProgress({ path: `${resourcePath(resourceId)}/files`, body, schema: ResourceSchema, onProgress, onSent: () => onProgress(1), signal });
}
