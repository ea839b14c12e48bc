import { type RosterImportReport, RosterImportReportSchema } from '@repo/contracts';
import { uploadWithProgress } from '../../../lib/upload-with-progress';

export interface RosterUploadInput {
  file: File;
  dryRun: boolean;
}

/** How far the upload is: the share of the file sent (0–1), or null once the server is working on it. */
export type UploadProgress = number | null;

/** Sends a roster file to POST /api/roster/import, as a dry run or for real, with the upload's progress. */
export function uploadRosterFile({ file, dryRun }: RosterUploadInput, onProgress: (progress: UploadProgress) => void): Promise<RosterImportReport> {
  const body = new FormData();
  body.append('dryRun', String(dryRun));
  body.append('file', file, file.name);
  return uploadWithProgress({ path: '/api/roster/import', body, schema: RosterImportReportSchema, onProgress, onSent: () => onProgress(null) });
}
