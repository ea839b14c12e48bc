import { ErrorResponseSchema } from '@repo/contracts';
import type { z } from 'zod';
import { ApiError, REQUESTED_WITH } from './api-client';
import { SESSION_IDLE_HEADER, sessionStore } from './auth/session-store';

export interface UploadWithProgressOptions<S extends z.ZodType> {
  /** The API path the form is posted to. */
  path: string;
  /** The multipart body; fields the server reads before the file go first. */
  body: FormData;
  /** What a 2xx answer must be. */
  schema: S;
  /** The share of the body sent so far (0–1), as the browser reports it. */
  onProgress?: (sent: number) => void;
  /** All of it is sent: the server is now reading and checking it. */
  onSent?: () => void;
  /** Aborting it cancels the upload; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(request: XMLHttpRequest): ApiError {
  const parsed = ErrorResponseSchema.safeParse(parseJson(request.responseText));
  if (!parsed.success) {
    const code = request.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';
    return new ApiError(request.status, code, `Unexpected answer (HTTP ${request.status})`, request.getResponseHeader('x-request-id') ?? undefined);
  }
  const { code, message, requestId, details } = parsed.data;
  if (request.status === 401 && code === 'UNAUTHENTICATED') sessionStore.reportUnauthenticated();
  return new ApiError(request.status, code, message, requestId, details);
}

const cancelled = () => new DOMException('The upload was cancelled.', 'AbortError');

/**
 * Posts multipart form data and reports how much of it is sent. XMLHttpRequest rather than fetch,
 * because only it reports upload progress; otherwise it behaves like the api-client: the CSRF
 * header, the session's idle time, errors as ApiError, the answer checked by its schema.
 */
export function uploadWithProgress<S extends z.ZodType>({ path, body, schema, onProgress, onSent, signal }: UploadWithProgressOptions<S>): Promise<z.infer<S>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancelled());
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', REQUESTED_WITH);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    request.upload.addEventListener('load', () => onSent?.());
    request.addEventListener('abort', () => reject(cancelled()));
    request.addEventListener('error', () => reject(new ApiError(0, 'SERVICE_UNAVAILABLE', 'The server could not be reached')));
    request.addEventListener('load', () => {
      sessionStore.setIdleExpiresAt(request.getResponseHeader(SESSION_IDLE_HEADER));
      if (request.status < 200 || request.status >= 300) {
        reject(toApiError(request));
        return;
      }
      const answer = schema.safeParse(parseJson(request.responseText));
      if (answer.success) resolve(answer.data);
      else reject(new ApiError(request.status, 'INTERNAL_ERROR', 'Unexpected answer from the server'));
    });
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

/** Whether an upload ended because it was cancelled. */
export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
