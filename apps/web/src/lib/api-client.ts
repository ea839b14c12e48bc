import { type ErrorCode, type ErrorResponse, ErrorResponseSchema, type ValidationIssue } from '@repo/contracts';
import type { z } from 'zod';
import { SESSION_IDLE_HEADER, sessionStore } from './auth/session-store';

/** An error answer from the API (or no answer at all), in the API's own terms. */
export class ApiError extends Error {
  /** The field-level problems of a VALIDATION_FAILED answer, for forms to show beside their fields. */
  readonly issues: ValidationIssue[];

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly requestId?: string,
    readonly details?: ErrorResponse['details'],
    /** From Retry-After on a RATE_LIMITED answer: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.issues = details?.issues ?? [];
  }
}

/** Every request that changes something carries this header; the API refuses unsafe requests without it (CSRF). */
export const REQUESTED_WITH = 'XMLHttpRequest';

export type QueryParams = Record<string, string | number | undefined | null>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds "/api/x?a=1", leaving out empty values so URLs stay short and shareable. */
export function buildUrl(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Retry-After is either a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId, details } = parsed.data;
    return new ApiError(response.status, code, message, requestId, details, retryAfterSeconds(response.headers.get('retry-after')));
  }
  const code: ErrorCode = response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';
  return new ApiError(response.status, code, `Unexpected answer (HTTP ${response.status})`, response.headers.get('x-request-id') ?? undefined);
}

/**
 * The one way the web app talks to the API: JSON in, JSON out, the answer checked against its
 * zod schema, and every failure turned into an ApiError.
 */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': REQUESTED_WITH };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'SERVICE_UNAVAILABLE', 'The server could not be reached');
  }
  sessionStore.setIdleExpiresAt(response.headers.get(SESSION_IDLE_HEADER));
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && error.code === 'UNAUTHENTICATED') sessionStore.reportUnauthenticated();
    throw error;
  }
  // 204 No Content (a DELETE, for instance) and an empty 202 have no body to read; the schema decides whether that is fine.
  const text = response.status === 204 ? '' : await response.text();
  return schema.parse(text === '' ? undefined : JSON.parse(text));
}

type ReadOptions = Omit<RequestOptions, 'method' | 'body'>;
type WriteOptions = Omit<RequestOptions, 'method' | 'body' | 'query'>;

export function apiGet<S extends z.ZodType>(path: string, schema: S, options: ReadOptions = {}) {
  return apiRequest(path, schema, options);
}

export function apiPost<S extends z.ZodType>(path: string, schema: S, body?: unknown, options: WriteOptions = {}) {
  return apiRequest(path, schema, { ...options, method: 'POST', body });
}

export function apiPatch<S extends z.ZodType>(path: string, schema: S, body: unknown, options: WriteOptions = {}) {
  return apiRequest(path, schema, { ...options, method: 'PATCH', body });
}

export function apiDelete<S extends z.ZodType>(path: string, schema: S, body?: unknown, options: WriteOptions = {}) {
  return apiRequest(path, schema, { ...options, method: 'DELETE', body });
}
