import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { listRoutes } from './utils/list-routes';

/**
 * The route × role table. Every route of the app must appear here with the status each kind of
 * caller gets; a new route without a row fails this suite. Until sign-in exists the only caller
 * is the anonymous one, and the directory reads are deliberately open.
 */
const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';
const ROUTE_TABLE: Record<string, { path: string; anonymous: number }> = {
  'GET /api/health/live': { path: '/api/health/live', anonymous: 200 },
  'GET /api/health/ready': { path: '/api/health/ready', anonymous: 200 },
  'GET /api/municipalities': { path: '/api/municipalities', anonymous: 200 },
  'GET /api/agencies': { path: '/api/agencies', anonymous: 200 },
  'GET /api/agencies/:id': { path: `/api/agencies/${UNKNOWN_ID}`, anonymous: 404 },
};

describe('route × role table', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists every route of the app, and no route that does not exist', () => {
    expect(listRoutes(t.app).map((route) => route.key)).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  it.each(Object.entries(ROUTE_TABLE))('%s answers an anonymous caller as the table says', async (key, row) => {
    const method = key.split(' ')[0]!.toLowerCase() as 'get';
    await request(t.http)[method](row.path).expect(row.anonymous);
  });
});
