import { type ErrorCode, type ErrorResponse, ErrorResponseSchema, type ValidationIssue } from '@repo/contracts';
import type { z } from 'zod';

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
  ) {
    super(message);
    this.name = 'ApiError';
    this.issues = details?.issues ?? [];
  }
}

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

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId, details } = parsed.data;
    return new ApiError(response.status, code, message, requestId, details);
  }
  const code: ErrorCode = response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR';
  return new ApiError(response.status, code, `Unexpected answer (HTTP ${response.status})`, response.headers.get('x-request-id') ?? undefined);
}

/**
 * The one way the web app talks to the API: JSON in, JSON out, the answer checked against its
 * zod schema, and every failure turned into an ApiError.
 */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'samverkan' };
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
  if (!response.ok) throw await toApiError(response);
  // 204 No Content (a DELETE, for instance) has no body to read; the schema decides whether that is fine.
  return schema.parse(response.status === 204 ? undefined : await response.json());
}

export function apiGet<S extends z.ZodType>(path: string, schema: S, options: Omit<RequestOptions, 'method' | 'body'> = {}) {
  return apiRequest(path, schema, options);
}
