import { validate } from '@readme/openapi-parser';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { listRoutes } from './utils/list-routes';

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves a valid OpenAPI 3 document at /api/openapi.json', async () => {
    const response = await request(t.http).get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    const result = await validate(structuredClone(response.body));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route, with the query parameters and responses from the zod contracts', async () => {
    const document = (await request(t.http).get('/api/openapi.json')).body;
    for (const { key } of listRoutes(t.app)) {
      const [method, path] = key.split(' ') as [string, string];
      const openApiPath = path.replace(/:(\w+)/g, '{$1}');
      expect(document.paths[openApiPath]?.[method.toLowerCase()]).toBeDefined();
    }
    const listAgencies = document.paths['/api/agencies'].get;
    expect(listAgencies.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
      ['municipality', 'page', 'pageSize', 'q', 'sector'],
    );
    const pageRef: string = listAgencies.responses['200'].content['application/json'].schema.$ref;
    const pageSchema = document.components.schemas[pageRef.split('/').pop()!];
    expect(Object.keys(pageSchema.properties).sort()).toEqual(['items', 'page', 'pageSize', 'total']);
  });

  it('serves the documentation page at /api/docs', async () => {
    const response = await request(t.http).get('/api/docs').redirects(1).expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.text).toContain('swagger');
    // Swagger UI needs inline styles; that exception is limited to its own pages.
    expect(response.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
    const api = await request(t.http).get('/api/health/live');
    expect(api.headers['content-security-policy']).not.toContain('unsafe-inline');
  });
});
