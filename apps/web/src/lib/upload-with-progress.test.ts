import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-client';
import { SESSION_IDLE_HEADER, sessionStore } from './auth/session-store';
import { isAbort, uploadWithProgress } from './upload-with-progress';

type Listener = (event: { lengthComputable: boolean; loaded: number; total: number }) => void;

/** Stands in for the browser's XMLHttpRequest: records what is sent, answers when told. */
class FakeRequest {
  static last: FakeRequest | undefined;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  responseHeaders: Record<string, string> = {};
  body: FormData | undefined;
  status = 0;
  responseText = '';
  isAborted = false;
  private listeners = new Map<string, Listener[]>();
  private uploadListeners = new Map<string, Listener[]>();
  upload = { addEventListener: (name: string, listener: Listener) => this.uploadListeners.set(name, [...(this.uploadListeners.get(name) ?? []), listener]) };

  constructor() {
    FakeRequest.last = this;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(name: string, listener: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.isAborted = true;
    this.fire('abort');
  }

  progress(loaded: number, total: number, lengthComputable = true) {
    for (const listener of this.uploadListeners.get('progress') ?? []) listener({ lengthComputable, loaded, total });
  }
  sent() {
    for (const listener of this.uploadListeners.get('load') ?? []) listener({ lengthComputable: true, loaded: 1, total: 1 });
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseHeaders = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    this.fire('load');
  }
  failToConnect() {
    this.fire('error');
  }
  private fire(name: string) {
    for (const listener of this.listeners.get(name) ?? []) listener({ lengthComputable: false, loaded: 0, total: 0 });
  }
}

const ReceiptSchema = z.object({ id: z.string(), version: z.number() });

function start({ signal }: { signal?: AbortSignal } = {}) {
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
  const progress: (number | 'sent')[] = [];
  const body = new FormData();
  body.append('replaces', 'f-1');
  body.append('file', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'plan.pdf', { type: 'application/pdf' }), 'plan.pdf');
  const done = uploadWithProgress({
    path: '/api/things/t-1/files',
    body,
    schema: ReceiptSchema,
    onProgress: (sent) => progress.push(sent),
    onSent: () => progress.push('sent'),
    signal,
  });
  return { done, request: FakeRequest.last, progress };
}

const started = (request: FakeRequest | undefined): FakeRequest => {
  if (!request) throw new Error('no request was made');
  return request;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeRequest.last = undefined;
});

describe('uploading with progress', () => {
  it('posts the form as it is with the CSRF header, reports progress and the end of sending, and answers by the schema', async () => {
    const { done, request, progress } = start();
    const sent = started(request);
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/api/things/t-1/files');
    expect(sent.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' });
    expect([...(sent.body?.keys() ?? [])]).toEqual(['replaces', 'file']);
    expect((sent.body?.get('file') as File).name).toBe('plan.pdf');

    sent.progress(2, 5);
    sent.progress(0, 0, false);
    sent.sent();
    sent.answer(201, { id: 't-1', version: 3 });
    await expect(done).resolves.toEqual({ id: 't-1', version: 3 });
    expect(progress).toEqual([0.4, 'sent']);
  });

  it('keeps the session alive by the idle time the answer gives', async () => {
    const setIdle = vi.spyOn(sessionStore, 'setIdleExpiresAt');
    const { done, request } = start();
    started(request).answer(201, { id: 't-1', version: 1 }, { [SESSION_IDLE_HEADER]: '2026-11-20T10:30:00.000Z' });
    await done;
    expect(setIdle).toHaveBeenCalledWith('2026-11-20T10:30:00.000Z');
  });

  it('turns a refusal into an ApiError with its issues', async () => {
    const { done, request } = start();
    started(request).answer(400, {
      code: 'VALIDATION_FAILED',
      message: 'The file type is not allowed.',
      requestId: 'r1',
      details: { issues: [{ path: ['file'], code: 'type_not_allowed', message: 'The file type is not allowed.' }] },
    });
    const error: unknown = await done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', requestId: 'r1', issues: [{ path: ['file'], code: 'type_not_allowed' }] });
  });

  it('reports an ended session', async () => {
    const unauthenticated = vi.spyOn(sessionStore, 'reportUnauthenticated');
    const { done, request } = start();
    started(request).answer(401, { code: 'UNAUTHENTICATED', message: 'Sign in.', requestId: 'r2' });
    await expect(done).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(unauthenticated).toHaveBeenCalledOnce();
  });

  it('reads an answer that is not the API’s own as an unavailable or failed server', async () => {
    const gateway = start();
    started(gateway.request).answer(503, '<html>Service Unavailable</html>', { 'x-request-id': 'proxy-1' });
    await expect(gateway.done).rejects.toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', requestId: 'proxy-1' });

    const broken = start();
    started(broken.request).answer(502, 'Bad gateway');
    await expect(broken.done).rejects.toMatchObject({ status: 502, code: 'INTERNAL_ERROR' });
  });

  it('refuses a 2xx answer that is not what the schema says', async () => {
    const { done, request } = start();
    started(request).answer(201, { id: 't-1' });
    await expect(done).rejects.toMatchObject({ status: 201, code: 'INTERNAL_ERROR' });
  });

  it('says the server could not be reached when the connection fails', async () => {
    const { done, request } = start();
    started(request).failToConnect();
    await expect(done).rejects.toMatchObject({ status: 0, code: 'SERVICE_UNAVAILABLE' });
  });

  it('stops when cancelled, as an AbortError', async () => {
    const controller = new AbortController();
    const { done, request } = start({ signal: controller.signal });
    started(request).progress(1, 5);
    controller.abort();
    const error: unknown = await done.catch((caught: unknown) => caught);
    expect(started(request).isAborted).toBe(true);
    expect(isAbort(error)).toBe(true);
  });

  it('sends nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const { done, request } = start({ signal: controller.signal });
    const error: unknown = await done.catch((caught: unknown) => caught);
    expect(isAbort(error)).toBe(true);
    expect(request).toBeUndefined();
  });
});
