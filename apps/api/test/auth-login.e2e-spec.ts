import {
  CurrentUserSchema,
  ErrorResponseSchema,
  LoginResultSchema,
  MfaChallengeSchema,
  MfaLoginResultSchema,
  MfaSetupSchema,
  RecoveryCodesSchema,
  ROLE_PERMISSIONS,
  UserSchema,
  type ErrorResponse,
} from '@repo/contracts';
import { createUser, TEST_PASSWORD, unique } from '@repo/test-factories';
import { generate } from 'otplib';
import request from 'supertest';
import {
  expectError,
  expectValidationFailed,
  HOUR,
  holdClock,
  login,
  MINUTE,
  sessionRow,
  sessionSetCookie,
  submitMfaCode,
  totpAt,
  whoAmI,
} from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, TEST_TOTP_SECRET, uniqueIp, type World } from './utils/principals';

describe('login and sessions', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const logout = (cookie: string) => asApp(request(t.http).post('/api/auth/logout'), { cookie });

  describe('password login', () => {
    it('signs a member in with an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
      const member = await createPrincipal(t, world, 'member');
      const response = await login(t, { email: member.email, password: member.password }).expect(200);

      const user = CurrentUserSchema.parse(response.body);
      expect(user).toMatchObject({ id: member.id, email: member.email, role: 'MEMBER', mfaEnabled: false, agency: { id: world.agencyA.id } });
      expect(user.permissions).toEqual([...ROLE_PERMISSIONS.MEMBER]);
      const setCookie = sessionSetCookie(response)!;
      expect(setCookie.split(';').map((part) => part.trim())).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']),
      );
    });

    it('ends the session on logout: the same cookie is refused afterwards (logout replay)', async () => {
      const member = await createPrincipal(t, world, 'member');
      const cookie = cookieFrom((await login(t, { email: member.email, password: member.password }).expect(200)).headers['set-cookie']);

      expect(CurrentUserSchema.parse((await whoAmI(t, cookie).expect(200)).body).id).toBe(member.id);
      const loggedOut = await logout(cookie).expect(204);
      expect(sessionSetCookie(loggedOut)).toMatch(/^samverkan_session=;/);

      expectError(await whoAmI(t, cookie), 401, 'UNAUTHENTICATED');
      expect(await sessionRow(t, cookie)).toBeNull();
    });

    it('answers an unknown address, a wrong password and a disabled account with the same 401', async () => {
      const member = await createPrincipal(t, world, 'member');
      const disabled = await createUser(t.prisma, { agencyId: world.agencyA.id, disabledAt: new Date() });

      const answers = [
        await login(t, { email: `${unique('nobody')}@test.example`, password: TEST_PASSWORD }),
        await login(t, { email: member.email, password: 'Fel-lösenord-helt-och-hållet' }),
        await login(t, { email: disabled.email, password: TEST_PASSWORD }),
      ];

      const [unknown, wrong, disabledAnswer] = answers.map((answer) => expectError(answer, 401, 'INVALID_CREDENTIALS'));
      const withoutRequestId = ({ requestId: _requestId, ...rest }: ErrorResponse) => rest;
      expect(withoutRequestId(unknown!)).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) });
      expect(withoutRequestId(wrong!)).toEqual(withoutRequestId(unknown!));
      expect(withoutRequestId(disabledAnswer!)).toEqual(withoutRequestId(unknown!));
      for (const answer of answers) expect(sessionSetCookie(answer)).toBeUndefined();
    });

    it('spends a password verification on an unknown address too, so timing does not reveal accounts', async () => {
      const member = await createPrincipal(t, world, 'member');
      const timed = async (email: string, password: string) => {
        const started = process.hrtime.bigint();
        await login(t, { email, password }).expect(401);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

      const unknown: number[] = [];
      const wrong: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        unknown.push(await timed(`${unique('nobody')}@test.example`, 'Fel-lösenord-helt-och-hållet'));
        wrong.push(await timed(member.email, 'Fel-lösenord-helt-och-hållet'));
      }
      // A generous bound: a skipped argon2 verification makes the unknown address several times faster.
      expect(median(unknown)).toBeGreaterThanOrEqual(0.3 * median(wrong));
    });

    it.each([
      ['a missing password', { email: 'someone@test.example' }, [{ path: ['password'], code: 'invalid_type' }]],
      ['an unknown field', { email: 'someone@test.example', password: 'x', role: 'ADMIN' }, [{ path: [], code: 'unrecognized_keys' }]],
      ['an address that is no address', { email: 'someone', password: 'x' }, [{ path: ['email'], code: 'invalid_format' }]],
    ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_case, body, issues) => {
      const response = await asApp(request(t.http).post('/api/auth/login')).send(body);
      expectValidationFailed(response, issues, 'The request is invalid; see details.issues.');
    });

    it('never keeps a session cookie from before the login (session fixation)', async () => {
      const member = await createPrincipal(t, world, 'member');
      const before = member.cookie;
      expect((await whoAmI(t, before)).status).toBe(200);

      const response = await login(t, { email: member.email, password: member.password }, { cookie: before }).expect(200);
      const after = cookieFrom(response.headers['set-cookie']);

      expect(after).not.toBe(before);
      expectError(await whoAmI(t, before), 401, 'UNAUTHENTICATED');
      expect(CurrentUserSchema.parse((await whoAmI(t, after).expect(200)).body).id).toBe(member.id);
    });
  });

  describe('second factor', () => {
    it('asks an administrator for a code, then signs them in with a new cookie', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const first = await login(t, { email: admin.email, password: admin.password }).expect(200);
      expect(MfaChallengeSchema.strict().parse(LoginResultSchema.parse(first.body))).toEqual({ mfaRequired: true, setupRequired: false });
      const pending = cookieFrom(first.headers['set-cookie']);

      expectError(await whoAmI(t, pending), 401, 'UNAUTHENTICATED');

      const second = await submitMfaCode(t, pending, await totpAt(TEST_TOTP_SECRET, clock.now)).expect(200);
      const user = MfaLoginResultSchema.parse(second.body);
      expect(user).toMatchObject({ id: admin.id, role: 'ADMIN', mfaEnabled: true });
      expect(user.recoveryCodes).toBeUndefined();
      const signedIn = cookieFrom(second.headers['set-cookie']);
      expect(signedIn).not.toBe(pending);
      expect(CurrentUserSchema.parse((await whoAmI(t, signedIn).expect(200)).body).id).toBe(admin.id);
      // The pending login is used up.
      expectError(await submitMfaCode(t, pending, await totpAt(TEST_TOTP_SECRET, clock.now)), 401, 'UNAUTHENTICATED');
    });

    it('refuses a wrong code with 401 INVALID_MFA_CODE', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const pending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
      const right = await totpAt(TEST_TOTP_SECRET, clock.now);
      const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');

      expectError(await submitMfaCode(t, pending, wrong), 401, 'INVALID_MFA_CODE');
      expect(MfaLoginResultSchema.parse((await submitMfaCode(t, pending, right).expect(200)).body).id).toBe(admin.id);
    });

    it('accepts a code once: the same code in a second login is refused (MFA code reuse)', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const code = await totpAt(TEST_TOTP_SECRET, clock.now);

      const firstPending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
      await submitMfaCode(t, firstPending, code).expect(200);

      const secondPending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
      expectError(await submitMfaCode(t, secondPending, code), 401, 'INVALID_MFA_CODE');

      // The next time step's code still works.
      clock.advance(30_000);
      await submitMfaCode(t, secondPending, await totpAt(TEST_TOTP_SECRET, clock.now)).expect(200);
    });

    it('accepts each recovery code once', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const renewed = await asApp(request(t.http).post('/api/me/mfa/recovery-codes'), { cookie: admin.cookie })
        .send({ password: admin.password })
        .expect(200);
      const { recoveryCodes } = RecoveryCodesSchema.parse(renewed.body);
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      const [code] = recoveryCodes;

      const firstPending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
      expect(MfaLoginResultSchema.parse((await submitMfaCode(t, firstPending, code!).expect(200)).body).id).toBe(admin.id);

      clock.advance(MINUTE);
      const secondPending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);
      expectError(await submitMfaCode(t, secondPending, code!), 401, 'INVALID_MFA_CODE');
      await submitMfaCode(t, secondPending, recoveryCodes[1]!.toUpperCase()).expect(200);
    });

    it('lets a pending login wait 10 minutes for the code, no longer', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const pending = cookieFrom((await login(t, { email: admin.email, password: admin.password }).expect(200)).headers['set-cookie']);

      clock.advance(10 * MINUTE);
      expectError(await submitMfaCode(t, pending, await totpAt(TEST_TOTP_SECRET, clock.now)), 401, 'UNAUTHENTICATED');
    });

    it('sets up a coordinator who has no second factor yet, and hands out ten recovery codes', async () => {
      const clock = holdClock(t);
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope', { mfaSecret: null });

      const first = await login(t, { email: coordinator.email, password: coordinator.password }).expect(200);
      expect(MfaChallengeSchema.parse(first.body)).toEqual({ mfaRequired: true, setupRequired: true });
      const pending = cookieFrom(first.headers['set-cookie']);
      expectError(await whoAmI(t, pending), 401, 'UNAUTHENTICATED');

      const setup = MfaSetupSchema.parse(
        (await asApp(request(t.http).post('/api/auth/login/mfa/setup'), { cookie: pending }).expect(200)).body,
      );
      expect(setup.secret).toMatch(/^[A-Z2-7]+=*$/);
      expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
      expect(setup.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

      const code = await generate({ secret: setup.secret, epoch: Math.floor(clock.now.getTime() / 1000) });
      const completed = await submitMfaCode(t, pending, code).expect(200);
      const user = MfaLoginResultSchema.parse(completed.body);
      expect(user).toMatchObject({ id: coordinator.id, role: 'COORDINATOR', mfaEnabled: true });
      expect(user.recoveryCodes).toHaveLength(10);
      for (const recoveryCode of user.recoveryCodes!) expect(recoveryCode).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);

      const me = CurrentUserSchema.parse((await whoAmI(t, cookieFrom(completed.headers['set-cookie'])).expect(200)).body);
      expect(me.mfaEnabled).toBe(true);

      // From now on the login asks for a code, not a set-up.
      clock.advance(MINUTE);
      const again = await login(t, { email: coordinator.email, password: coordinator.password }).expect(200);
      expect(MfaChallengeSchema.parse(again.body)).toEqual({ mfaRequired: true, setupRequired: false });
    });
  });

  describe('session lifetime', () => {
    const signIn = async (email: string, password: string) =>
      cookieFrom((await login(t, { email, password }).expect(200)).headers['set-cookie']);

    it('ends a session after 30 idle minutes', async () => {
      const clock = holdClock(t);
      const member = await createPrincipal(t, world, 'member');
      const cookie = await signIn(member.email, member.password);

      clock.advance(31 * MINUTE);
      expectError(await whoAmI(t, cookie), 401, 'UNAUTHENTICATED');
    });

    it('keeps a session alive while it is used, and says until when', async () => {
      const clock = holdClock(t);
      const member = await createPrincipal(t, world, 'member');
      const cookie = await signIn(member.email, member.password);

      for (let step = 0; step < 3; step += 1) {
        clock.advance(29 * MINUTE);
        const response = await whoAmI(t, cookie).expect(200);
        const idleExpiresAt = new Date(clock.now.getTime() + 30 * MINUTE).toISOString();
        expect(CurrentUserSchema.parse(response.body).session.idleExpiresAt).toBe(idleExpiresAt);
        expect(response.headers['x-session-idle-expires-at']).toBe(idleExpiresAt);
      }
    });

    it('ends a session 12 hours after sign-in however active it is', async () => {
      const clock = holdClock(t);
      const signedInAt = clock.now;
      const member = await createPrincipal(t, world, 'member');
      const cookie = await signIn(member.email, member.password);

      while (clock.now.getTime() + 20 * MINUTE < signedInAt.getTime() + 12 * HOUR) {
        clock.advance(20 * MINUTE);
        await whoAmI(t, cookie).expect(200);
      }
      clock.set(new Date(signedInAt.getTime() + 12 * HOUR - 1000));
      await whoAmI(t, cookie).expect(200);
      clock.set(new Date(signedInAt.getTime() + 12 * HOUR));
      expectError(await whoAmI(t, cookie), 401, 'UNAUTHENTICATED');
    });
  });

  describe('changes by an administrator take effect at once', () => {
    const patchUser = (cookie: string, id: string, body: object) =>
      asApp(request(t.http).patch(`/api/users/${id}`), { cookie }).send(body);

    it('signs a disabled user out everywhere and refuses their password', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const member = await createPrincipal(t, world, 'member');
      const secondDevice = cookieFrom((await login(t, { email: member.email, password: member.password }).expect(200)).headers['set-cookie']);

      const updated = UserSchema.parse((await patchUser(admin.cookie, member.id, { version: 1, status: 'DISABLED' }).expect(200)).body);
      expect(updated).toMatchObject({ id: member.id, status: 'DISABLED', version: 2 });

      expectError(await whoAmI(t, member.cookie), 401, 'UNAUTHENTICATED');
      expectError(await whoAmI(t, secondDevice), 401, 'UNAUTHENTICATED');
      expectError(await login(t, { email: member.email, password: member.password }), 401, 'INVALID_CREDENTIALS');
      expect(await t.prisma.session.count({ where: { userId: member.id } })).toBe(0);
    });

    it('signs a user out when their role changes', async () => {
      const clock = holdClock(t);
      const admin = await createPrincipal(t, world, 'admin');
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      expect((await whoAmI(t, coordinator.cookie).expect(200)).body.role).toBe('COORDINATOR');

      const updated = UserSchema.parse((await patchUser(admin.cookie, coordinator.id, { version: 1, role: 'MEMBER' }).expect(200)).body);
      expect(updated).toMatchObject({ role: 'MEMBER', coordinatorScope: null });

      expectError(await whoAmI(t, coordinator.cookie), 401, 'UNAUTHENTICATED');
      // They keep the second factor they had set up, and sign in with their new role.
      const again = await login(t, { email: coordinator.email, password: coordinator.password }).expect(200);
      expect(MfaChallengeSchema.parse(again.body)).toEqual({ mfaRequired: true, setupRequired: false });
      const code = await totpAt(TEST_TOTP_SECRET, clock.now);
      const user = MfaLoginResultSchema.parse((await submitMfaCode(t, cookieFrom(again.headers['set-cookie']), code).expect(200)).body);
      expect(user.role).toBe('MEMBER');
    });

    it('keeps the sessions when nothing about access changes', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const member = await createPrincipal(t, world, 'member');

      await patchUser(admin.cookie, member.id, { version: 1, isAgencyEditor: true }).expect(200);

      expect(CurrentUserSchema.parse((await whoAmI(t, member.cookie).expect(200)).body).isAgencyEditor).toBe(true);
    });
  });

  it('answers an anonymous caller of /api/auth/me with 401', async () => {
    const response = await request(t.http).get('/api/auth/me').set('X-Forwarded-For', uniqueIp()).expect(401);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('UNAUTHENTICATED');
  });
});
