import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiDelete, apiGet, apiPatch, apiPost, apiRequest, buildUrl } from './api-client';
import { sessionStore } from './auth/session-store';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.clear();
});

describe('buildUrl', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildUrl('/api/agencies', { q: 'social tjänst', sector: undefined, municipality: '', page: 2 })).toBe(
      '/api/agencies?q=social+tj%C3%A4nst&page=2',
    );
    expect(buildUrl('/api/agencies', {})).toBe('/api/agencies');
  });
});

describe('apiRequest', () => {
  const Schema = z.object({ items: z.array(z.string()) });

  it('parses a successful answer with the schema and sends the app header', async () => {
    const fetchMock = stubFetch(json(200, { items: ['Kil'] }));
    await expect(
      apiGet('/api/things', Schema, { query: { q: 'k', municipality: '', sector: undefined, page: null } }),
    ).resolves.toEqual({ items: ['Kil'] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/things?q=k');
    expect(init.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' });
    expect(init.credentials).toBe('same-origin');
  });

  it('refuses an answer that does not match the schema', async () => {
    stubFetch(json(200, { items: 'Kil' }));
    await expect(apiGet('/api/things', Schema)).rejects.toBeInstanceOf(z.ZodError);
  });

  it('turns the error shape into an ApiError with code, issues and request id', async () => {
    stubFetch(
      json(400, {
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid',
        details: { issues: [{ path: ['page'], code: 'too_small', message: 'Too small' }] },
        requestId: 'req-123',
      }),
    );
    const error = await apiGet('/api/things', Schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is invalid',
      requestId: 'req-123',
      details: { issues: [{ path: ['page'], code: 'too_small', message: 'Too small' }] },
      issues: [{ path: ['page'], code: 'too_small', message: 'Too small' }],
    });
  });

  it('keeps the code of an error without details', async () => {
    stubFetch(json(404, { code: 'NOT_FOUND', message: 'There is no agency with this id.', requestId: 'req-404' }));
    await expect(apiGet('/api/things/1', Schema)).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      requestId: 'req-404',
      details: undefined,
      issues: [],
    });
  });

  it('falls back to INTERNAL_ERROR for an error body that is not the error shape', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'x-request-id': 'edge-1' } }));
    await expect(apiGet('/api/things', Schema)).rejects.toMatchObject({ status: 502, code: 'INTERNAL_ERROR', requestId: 'edge-1' });
  });

  it('reads a 503 without the error shape (a proxy in front of the API) as SERVICE_UNAVAILABLE', async () => {
    stubFetch(new Response('Service Unavailable', { status: 503, headers: { 'content-type': 'text/plain' } }));
    await expect(apiGet('/api/things', Schema)).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
  });

  it('lets a cancelled request end as the abort it is, not as an ApiError', async () => {
    const controller = new AbortController();
    controller.abort();
    stubFetch(new DOMException('The operation was aborted.', 'AbortError'));
    const error = await apiGet('/api/things', Schema, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('accepts 204 No Content when the schema expects no body', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/things/1', z.undefined(), { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('reports a network failure as SERVICE_UNAVAILABLE', async () => {
    stubFetch(new TypeError('fetch failed'));
    await expect(apiGet('/api/things', Schema)).rejects.toMatchObject({ status: 0, code: 'SERVICE_UNAVAILABLE' });
  });

  it('sends a JSON body with its content type', async () => {
    const fetchMock = stubFetch(json(200, { items: [] }));
    await apiRequest('/api/things', Schema, { method: 'POST', body: { name: 'Sunne' } });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ method: 'POST', body: '{"name":"Sunne"}' });
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
  });

  it('reads the wait from Retry-After on RATE_LIMITED', async () => {
    stubFetch(json(429, { code: 'RATE_LIMITED', message: 'Too many attempts', requestId: 'req-429' }, { 'retry-after': '90' }));
    await expect(apiPost('/api/auth/login', z.unknown(), { email: 'a@b.se', password: 'x' })).rejects.toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterSeconds: 90,
    });
  });

  it('accepts an empty 202 Accepted', async () => {
    stubFetch(new Response('', { status: 202 }));
    await expect(apiPost('/api/auth/password/forgot', z.undefined(), { email: 'a@b.se' })).resolves.toBeUndefined();
  });
});

describe('write helpers', () => {
  it.each([
    ['POST', () => apiPost('/api/things', z.undefined(), { name: 'Kil' })],
    ['PATCH', () => apiPatch('/api/things/1', z.undefined(), { name: 'Kil' })],
    ['DELETE', () => apiDelete('/api/things/1', z.undefined(), { name: 'Kil' })],
  ])('%s sends the method, the JSON body and the X-Requested-With header', async (method, call) => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await call();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ method, body: '{"name":"Kil"}' });
    expect(init.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest', 'Content-Type': 'application/json' });
  });

  it('sends a POST without a body when there is none', async () => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await apiPost('/api/auth/logout', z.undefined());
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.body).toBeUndefined();
    expect(init.headers).not.toHaveProperty('Content-Type');
  });
});

describe('the session', () => {
  it('keeps the idle expiry time of the latest answer', async () => {
    stubFetch(json(200, { items: [] }, { 'x-session-idle-expires-at': '2026-11-24T10:30:00.000Z' }));
    await apiGet('/api/things', z.object({ items: z.array(z.string()) }));
    expect(sessionStore.getIdleExpiresAt()).toBe(Date.parse('2026-11-24T10:30:00.000Z'));
  });

  it('reports a 401 UNAUTHENTICATED, but not a wrong password', async () => {
    const listener = vi.fn();
    const unsubscribe = sessionStore.onUnauthenticated(listener);
    stubFetch(json(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password', requestId: 'r1' }));
    await apiPost('/api/auth/login', z.unknown(), {}).catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    stubFetch(json(401, { code: 'UNAUTHENTICATED', message: 'Sign in first', requestId: 'r2' }));
    await apiGet('/api/users', z.unknown()).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
