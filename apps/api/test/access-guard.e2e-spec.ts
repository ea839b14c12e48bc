import { Controller, Get } from '@nestjs/common';
import { ErrorResponseSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

@Controller('undecided')
class UndecidedController {
  @Get()
  read() {
    return { leaked: true };
  }
}

describe('access guard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ controllers: [UndecidedController] });
  });
  afterAll(() => t.close());

  it('refuses a route that declares no access decision (deny by default)', async () => {
    const response = await request(t.http).get('/api/undecided').expect(401);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(response.body)).not.toContain('leaked');
  });

  it('refuses it to a signed-in administrator too: no decision is no permission', async () => {
    const admin = await createPrincipal(t, await createWorld(t), 'admin');
    const response = await request(t.http).get('/api/undecided').set('Cookie', admin.cookie).expect(403);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('FORBIDDEN');
    expect(JSON.stringify(response.body)).not.toContain('leaked');
  });
});
