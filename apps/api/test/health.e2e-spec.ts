import { ErrorResponseSchema, HealthSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';

describe('health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health/live answers ok without touching the database', async () => {
    const response = await request(t.http).get('/api/health/live').expect(200);
    expect(HealthSchema.parse(response.body)).toMatchObject({ status: 'ok', details: {} });
  });

  it('GET /api/health/ready answers ok when the database answers', async () => {
    const response = await request(t.http).get('/api/health/ready').expect(200);
    expect(HealthSchema.parse(response.body)).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  describe('with the database unreachable', () => {
    let unreachable: TestApp;
    const realUrl = process.env.DATABASE_URL;
    beforeAll(async () => {
      // Port 9 (discard) on loopback: nothing listens, so connecting fails at once.
      process.env.DATABASE_URL = 'postgresql://postgres:x@127.0.0.1:9/none';
      unreachable = await createTestApp();
    });
    afterAll(async () => {
      process.env.DATABASE_URL = realUrl;
      await unreachable.close();
    });

    it('GET /api/health/ready answers 503 SERVICE_UNAVAILABLE naming the failed check', async () => {
      const response = await request(unreachable.http).get('/api/health/ready').expect(503);
      const body = ErrorResponseSchema.parse(response.body);
      expect(body.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.details).toMatchObject({ error: { database: { status: 'down' } } });
      expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    });

    it('GET /api/health/live still answers ok: the process itself is fine', async () => {
      await request(unreachable.http).get('/api/health/live').expect(200);
    });
  });
});
