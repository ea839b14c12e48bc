import { ErrorResponseSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { ProbeController } from './utils/probe.controller';

describe('HTTP plumbing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ controllers: [ProbeController] });
  });
  afterAll(() => t.close());

  it('gives every response a request id, also found in the error body', async () => {
    const response = await request(t.http).get('/api/no-such-route').expect(404);
    const body = ErrorResponseSchema.parse(response.body);
    expect(body.code).toBe('NOT_FOUND');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.requestId).toBe(response.headers['x-request-id']);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it("keeps a caller's well-formed X-Request-Id and replaces a malformed one", async () => {
    const kept = await request(t.http).get('/api/health/live').set('X-Request-Id', 'lb-7f3a9c21-0001');
    expect(kept.headers['x-request-id']).toBe('lb-7f3a9c21-0001');
    const replaced = await request(t.http).get('/api/health/live').set('X-Request-Id', '<script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await request(t.http).get('/api/health/live');
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED, not 500', async () => {
    const response = await request(t.http)
      .post('/api/probe/echo')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('VALIDATION_FAILED');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await request(t.http).post('/api/probe/echo').set('X-Requested-With', 'XMLHttpRequest').set('content-type', 'text/csv').send('a,b').expect(415);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body with unknown fields, naming them', async () => {
    const response = await request(t.http).post('/api/probe/echo').set('X-Requested-With', 'XMLHttpRequest').send({ name: 'Kil', role: 'ADMIN' }).expect(400);
    expect(ErrorResponseSchema.parse(response.body).details?.issues).toEqual([
      expect.objectContaining({ path: [], code: 'unrecognized_keys', message: expect.stringContaining('role') }),
    ]);
  });

  it('answers an unexpected error with a generic 500 that reveals nothing', async () => {
    const response = await request(t.http).get('/api/probe/boom').expect(500);
    const body = ErrorResponseSchema.parse(response.body);
    expect(body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(body)).not.toContain('secret internal detail');
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });
});
