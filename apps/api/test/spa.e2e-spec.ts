import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ErrorResponseSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';

describe('single-page app next to the API', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'samverkan-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Samverkan Värmland</title><div id="root"></div>');
    await writeFile(path.join(dist, 'assets', 'app-3f9a1c.js'), 'console.log("app")');
    process.env.WEB_DIST_DIR = dist;
    t = await createTestApp();
  });
  afterAll(async () => {
    delete process.env.WEB_DIST_DIR;
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/', '/agencies', '/agencies/3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10?q=kil'])(
    'serves index.html for the client-side route %s, revalidated on each visit',
    async (url) => {
      const response = await request(t.http).get(url).expect(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.text).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    },
  );

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await request(t.http).get('/assets/app-3f9a1c.js').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/api/nothing-here', '/assets/app-missing.js', '/favicon.ico'])(
    'answers %s with the JSON 404, never with index.html',
    async (url) => {
      const response = await request(t.http).get(url).expect(404);
      expect(ErrorResponseSchema.parse(response.body).code).toBe('NOT_FOUND');
    },
  );
});
