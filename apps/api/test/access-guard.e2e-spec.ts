import { Controller, Get } from '@nestjs/common';
import { ErrorResponseSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';

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
});
