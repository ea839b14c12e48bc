import { CurrentUserSchema, ErrorResponseSchema } from '@repo/contracts';
import { TEST_PASSWORD, unique } from '@repo/test-factories';
import type { AddressInfo } from 'node:net';
import request, { type Response } from 'supertest';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { expectError, holdClock, login, mailsTo, MINUTE, totpAt, whoAmI } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, TEST_TOTP_SECRET, uniqueIp, type World } from './utils/principals';

const WRONG_PASSWORD = 'Fel-lösenord-helt-och-hållet';

function expectRateLimited(response: Response, windowMs: number): number {
  expectError(response, 429, 'RATE_LIMITED');
  const retryAfter = String(response.headers['retry-after']);
  expect(retryAfter).toMatch(/^\d+$/);
  const seconds = Number(retryAfter);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(windowMs / 1000);
  return seconds;
}

describe('rate limits', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('allows 10 login attempts per account in 15 minutes, then refuses even the right password until the window ends', async () => {
    const clock = holdClock(t);
    const member = await createPrincipal(t, world, 'member');
    const windowStart = clock.now.getTime();

    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expectError(await login(t, { email: member.email, password: WRONG_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    }
    const refused = await login(t, { email: member.email, password: member.password });
    const retryAfter = expectRateLimited(refused, 15 * MINUTE);
    expect(retryAfter).toBe(15 * 60);
    expect(ErrorResponseSchema.parse(refused.body).details).toEqual({ retryAfterSeconds: retryAfter });
    // From another address too: the limit is on the account.
    expectRateLimited(await login(t, { email: member.email.toUpperCase(), password: member.password }), 15 * MINUTE);

    clock.set(new Date(windowStart + 15 * MINUTE - 1000));
    expectRateLimited(await login(t, { email: member.email, password: member.password }), 15 * MINUTE);

    clock.set(new Date(windowStart + 15 * MINUTE + 1000));
    const recovered = await login(t, { email: member.email, password: member.password }).expect(200);
    expect(CurrentUserSchema.parse(recovered.body).id).toBe(member.id);
  });

  it('forgets the failed attempts of an account once its owner signs in', async () => {
    const member = await createPrincipal(t, world, 'member');
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      expectError(await login(t, { email: member.email, password: WRONG_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    }
    await login(t, { email: member.email, password: member.password }).expect(200);
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      expectError(await login(t, { email: member.email, password: WRONG_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    }
    await login(t, { email: member.email, password: member.password }).expect(200);
  });

  it('allows 30 login attempts per client address in 15 minutes, whatever the accounts', async () => {
    const ip = uniqueIp();
    const member = await createPrincipal(t, world, 'member');
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      expectError(await login(t, { email: `${unique('guess')}@test.example`, password: TEST_PASSWORD }, { ip }), 401, 'INVALID_CREDENTIALS');
    }
    expectRateLimited(await login(t, { email: member.email, password: member.password }, { ip }), 15 * MINUTE);
    // Another address is not affected.
    await login(t, { email: member.email, password: member.password }).expect(200);
  });

  it('allows 10 second-factor codes per pending login, then refuses even the right one', async () => {
    const clock = holdClock(t);
    const admin = await createPrincipal(t, world, 'admin');
    const pending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
    const right = await totpAt(TEST_TOTP_SECRET, clock.now);
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');
    const submit = (code: string) => asApp(request(t.http).post('/api/auth/login/mfa'), { cookie: pending }).send({ code });

    for (let attempt = 1; attempt <= 10; attempt += 1) expectError(await submit(wrong), 401, 'INVALID_MFA_CODE');
    expectRateLimited(await submit(right), 15 * MINUTE);
  });

  it('mails password-reset links to one address at most 5 times in 30 minutes', async () => {
    const member = await createPrincipal(t, world, 'member');
    const forgot = (email: string) => asApp(request(t.http).post('/api/auth/password/forgot')).send({ email });

    for (let attempt = 1; attempt <= 5; attempt += 1) await forgot(member.email).expect(202);
    expectRateLimited(await forgot(member.email), 30 * MINUTE);
    expect(await mailsTo(t, member.email)).toHaveLength(5);

    // An unknown address is limited the same way, so the limit reveals nothing.
    const unknown = `${unique('nobody')}@test.example`;
    for (let attempt = 1; attempt <= 5; attempt += 1) await forgot(unknown).expect(202);
    expectRateLimited(await forgot(unknown), 30 * MINUTE);
    expect(await mailsTo(t, unknown)).toHaveLength(0);
  });

  it('accepts 20 reset requests per client address in 30 minutes, whatever the addresses', async () => {
    const ip = uniqueIp();
    const forgot = (email: string) => asApp(request(t.http).post('/api/auth/password/forgot'), { ip }).send({ email });
    for (let attempt = 1; attempt <= 20; attempt += 1) await forgot(`${unique('nobody')}@test.example`).expect(202);
    expectRateLimited(await forgot(`${unique('nobody')}@test.example`), 30 * MINUTE);
  });
});

describe('cross-site request forgery', () => {
  let t: TestApp;
  let world: World;
  let origin: string;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    // Listening first fixes the port, so the test knows the Host header supertest sends.
    await t.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(t.http.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const rename = (cookie: string, headers: Record<string, string>) =>
    request(t.http).patch('/api/me').set('Cookie', cookie).set('X-Forwarded-For', uniqueIp()).set(headers).send({ name: unique('Nytt namn') });
  const nameOf = async (cookie: string) => CurrentUserSchema.parse((await whoAmI(t, cookie).expect(200)).body).name;

  it.each([
    ['without X-Requested-With', {}],
    ['with X-Requested-With of another value', { 'X-Requested-With': 'fetch' }],
    ['from another site by Sec-Fetch-Site', { 'X-Requested-With': 'XMLHttpRequest', 'Sec-Fetch-Site': 'cross-site' }],
    ['from a sibling site by Sec-Fetch-Site', { 'X-Requested-With': 'XMLHttpRequest', 'Sec-Fetch-Site': 'same-site' }],
    ['from another origin', { 'X-Requested-With': 'XMLHttpRequest', Origin: 'https://evil.example' }],
    ['from another port of the same host', { 'X-Requested-With': 'XMLHttpRequest', Origin: 'http://127.0.0.1:1' }],
    ['from an opaque origin', { 'X-Requested-With': 'XMLHttpRequest', Origin: 'null' }],
  ])('refuses an unsafe request %s with 403 and changes nothing', async (_case, headers) => {
    const member = await createPrincipal(t, world, 'member');
    const before = await nameOf(member.cookie);

    expectError(await rename(member.cookie, headers), 403, 'FORBIDDEN');

    expect(await nameOf(member.cookie)).toBe(before);
  });

  it('refuses a forged logout: the session survives', async () => {
    const member = await createPrincipal(t, world, 'member');
    const response = await request(t.http).post('/api/auth/logout').set('Cookie', member.cookie).set('X-Forwarded-For', uniqueIp());
    expectError(response, 403, 'FORBIDDEN');
    await whoAmI(t, member.cookie).expect(200);
  });

  it('refuses a forged login (login CSRF) without trying the password', async () => {
    const member = await createPrincipal(t, world, 'member');
    const response = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', uniqueIp())
      .set('Origin', 'https://evil.example')
      .set('X-Requested-With', 'XMLHttpRequest')
      .send({ email: member.email, password: member.password });
    expectError(response, 403, 'FORBIDDEN');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await t.prisma.auditEvent.count({ where: { actorLabel: member.email } })).toBe(0);
  });

  it.each([
    ['the same origin as the Host header', () => ({ Origin: origin, 'Sec-Fetch-Site': 'same-origin' })],
    ['the public origin of the portal', () => ({ Origin: new URL(t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL).origin })],
    ['no Origin or Sec-Fetch-Site (a non-browser client)', () => ({})],
  ])('lets through an unsafe request from %s', async (_case, headers) => {
    const member = await createPrincipal(t, world, 'member');
    const response = await rename(member.cookie, { 'X-Requested-With': 'XMLHttpRequest', ...headers() }).expect(200);
    expect(await nameOf(member.cookie)).toBe(CurrentUserSchema.parse(response.body).name);
  });

  it('never asks for the header on a GET', async () => {
    const member = await createPrincipal(t, world, 'member');
    const response = await request(t.http)
      .get('/api/auth/me')
      .set('Cookie', member.cookie)
      .set('X-Forwarded-For', uniqueIp())
      .set('Sec-Fetch-Site', 'cross-site')
      .expect(200);
    expect(CurrentUserSchema.parse(response.body).id).toBe(member.id);
  });
});
