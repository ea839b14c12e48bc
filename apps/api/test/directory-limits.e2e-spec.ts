import request from 'supertest';
import { Clock } from '../src/common/clock/clock';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

describe('anti-harvesting: directory reads per user', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets a person browse, stops a script pulling the roster with 429, and lets them back after the window', async () => {
    const member = await createPrincipal(t, await createWorld(t), 'member');
    const read = () => request(t.http).get('/api/municipalities').set('Cookie', member.cookie);
    const points = t.app.get<AppConfig>(APP_CONFIG).DIRECTORY_READS_PER_10_MIN;
    const windowMs = 10 * 60_000;

    for (let batch = 0; batch < points; batch += 50) {
      const statuses = await Promise.all(Array.from({ length: Math.min(50, points - batch) }, async () => (await read()).status));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    const refused = await read().expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Other people are not affected.
    const colleague = await createPrincipal(t, await createWorld(t), 'member');
    await request(t.http).get('/api/municipalities').set('Cookie', colleague.cookie).expect(200);
    // Nor is the rest of the portal: the user can still see their own account.
    await request(t.http).get('/api/auth/me').set('Cookie', member.cookie).expect(200);

    const clock = t.app.get(Clock);
    const later = new Date(Date.now() + windowMs + 1000);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
    try {
      // Ten minutes on, well inside the 30-minute idle time, the same person reads again.
      await read().expect(200);
    } finally {
      spy.mockRestore();
    }
  });

  it('writes a person’s reads to the shared count in batches, not once per page', async () => {
    const member = await createPrincipal(t, await createWorld(t), 'member');
    const points = async () => (await t.prisma.rateLimitBucket.findUnique({ where: { key: `directory:${member.id}` } }))?.points ?? 0;
    for (let i = 0; i < 9; i += 1) await request(t.http).get('/api/municipalities').set('Cookie', member.cookie).expect(200);
    expect(await points()).toBe(0);
    await request(t.http).get('/api/municipalities').set('Cookie', member.cookie).expect(200);
    expect(await points()).toBe(10);
  });
});
