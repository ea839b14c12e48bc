import { SessionListSchema } from '@repo/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, uniqueIp, type World } from './utils/principals';

describe('sessions across API processes', () => {
  let first: TestApp;
  let second: TestApp;
  let world: World;
  beforeAll(async () => {
    // Two instances of the app on one database, as behind a load balancer.
    [first, second] = await Promise.all([createTestApp(), createTestApp()]);
    world = await createWorld(first);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  it('signs in on one process, is signed in on the other, and signs out everywhere at once', async () => {
    const member = await createPrincipal(first, world, 'member');
    const ip = uniqueIp();
    const login = await asApp(request(first.http).post('/api/auth/login'), { ip }).send({ email: member.email, password: member.password }).expect(200);
    const cookie = cookieFrom(login.headers['set-cookie']);

    await request(second.http).get('/api/auth/me').set('Cookie', cookie).expect(200);
    await asApp(request(second.http).post('/api/auth/logout'), { cookie, ip }).expect(204);
    await request(first.http).get('/api/auth/me').set('Cookie', cookie).expect(401);
  });

  it("lists the user's own sessions, marks the current one, and ends another from either process", async () => {
    const member = await createPrincipal(first, world, 'member');
    const other = await createPrincipal(first, world, 'member', { agencyId: world.agencyB.id });
    const phone = (await asApp(request(first.http).post('/api/auth/login')).send({ email: member.email, password: member.password }).expect(200)).headers[
      'set-cookie'
    ];
    const phoneCookie = cookieFrom(phone);

    const listed = SessionListSchema.parse((await request(second.http).get('/api/me/sessions').set('Cookie', member.cookie).expect(200)).body);
    expect(listed.items).toHaveLength(2);
    expect(listed.items.filter((session) => session.isCurrent)).toHaveLength(1);
    const phoneSession = listed.items.find((session) => !session.isCurrent)!;

    // Another user cannot end it: to them it does not exist.
    await asApp(request(first.http).delete(`/api/me/sessions/${phoneSession.id}`), { cookie: other.cookie }).expect(404);
    await request(first.http).get('/api/auth/me').set('Cookie', phoneCookie).expect(200);

    await asApp(request(first.http).delete(`/api/me/sessions/${phoneSession.id}`), { cookie: member.cookie }).expect(204);
    await request(second.http).get('/api/auth/me').set('Cookie', phoneCookie).expect(401);
    await request(second.http).get('/api/auth/me').set('Cookie', member.cookie).expect(200);
  });
});
