import { FILE_REFUSAL_REASONS, type FileRefusalReason } from '@repo/contracts';
import { ApiError } from '../../../lib/api-client';

/**
 * What the file chooser offers first. Only a hint for the system's dialog: the server decides by
 * the content, and a file can still be dragged in or chosen with "all files".
 */
export const ACCEPTED_FILE_TYPES = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.txt',
  '.png',
  '.jpg',
  '.jpeg',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
] as const;

export const megabytesOf = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** What can be told before sending a file: an empty one and one over the limit would be refused anyway. */
export function checkBeforeUpload(file: Pick<File, 'size'>, maxBytes: number): FileRefusalReason | null {
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'too_large';
  return null;
}

/** Why the server refused a file: the issue code at ["file"] of a 400, or a 413. Null for any other failure. */
export function refusalOf(error: unknown): FileRefusalReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'PAYLOAD_TOO_LARGE') return 'too_large';
  const issue = error.issues.find((candidate) => candidate.path[0] === 'file' || candidate.path.join('.') === 'body.file');
  const code = issue?.code;
  return FILE_REFUSAL_REASONS.find((reason) => reason === code) ?? null;
}
