import { ErrorResponseSchema, type RosterImportReport, RosterImportReportSchema } from '@repo/contracts';
import { ApiError, REQUESTED_WITH } from '../../../lib/api-client';
import { SESSION_IDLE_HEADER, sessionStore } from '../../../lib/auth/session-store';

export interface RosterUploadInput {
  file: File;
  dryRun: boolean;
}

/** How far the upload is: the share of the file sent (0–1), or null once the server is working on it. */
export type UploadProgress = number | null;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends a roster file to POST /api/roster/import as multipart form data. XMLHttpRequest rather
 * than fetch, because only it reports upload progress; otherwise it behaves like the api-client:
 * the CSRF header, the session's idle time, errors as ApiError, the answer checked by its schema.
 */
export function uploadRosterFile({ file, dryRun }: RosterUploadInput, onProgress: (progress: UploadProgress) => void): Promise<RosterImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/roster/import');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', REQUESTED_WITH);
    request.upload.addEventListener('progress', (event) => onProgress(event.lengthComputable ? event.loaded / event.total : 0));
    request.upload.addEventListener('load', () => onProgress(null));
    request.addEventListener('error', () => reject(new ApiError(0, 'SERVICE_UNAVAILABLE', 'The server could not be reached')));
    request.addEventListener('load', () => {
      sessionStore.setIdleExpiresAt(request.getResponseHeader(SESSION_IDLE_HEADER));
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        const report = RosterImportReportSchema.safeParse(body);
        if (report.success) resolve(report.data);
        else reject(new ApiError(request.status, 'INTERNAL_ERROR', 'Unexpected answer from the server'));
        return;
      }
      const error = ErrorResponseSchema.safeParse(body);
      if (!error.success) {
        const code = request.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';
        reject(new ApiError(request.status, code, `Unexpected answer (HTTP ${request.status})`, request.getResponseHeader('x-request-id') ?? undefined));
        return;
      }
      const { code, message, requestId, details } = error.data;
      if (request.status === 401 && code === 'UNAUTHENTICATED') sessionStore.reportUnauthenticated();
      reject(new ApiError(request.status, code, message, requestId, details));
    });
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    form.append('file', file, file.name);
    request.send(form);
  });
}
