import { CurrentUserSchema, LoginResultSchema, MfaChallengeSchema } from '@repo/contracts';
import { unique } from '@repo/test-factories';
import request from 'supertest';
import { expectError, expectValidationFailed, holdClock, linkToken, login, mailsTo, MINUTE, onlyMailedToken, whoAmI } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, sessionCookie, type World } from './utils/principals';

const NEW_PASSWORD = 'Lingonris-Värmlandsbro-88';

describe('password reset and change', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const forgot = (email: string) => asApp(request(t.http).post('/api/auth/password/forgot')).send({ email });
  const reset = (token: string, password = NEW_PASSWORD) => asApp(request(t.http).post('/api/auth/password/reset')).send({ token, password });

  describe('forgot password', () => {
    it('answers 202 with no body for a known and an unknown address alike, and mails only the known one', async () => {
      const member = await createPrincipal(t, world, 'member');
      const unknown = `${unique('nobody')}@test.example`;

      const known = await forgot(member.email.toUpperCase()).expect(202);
      const other = await forgot(unknown).expect(202);

      expect([known.text, other.text]).toEqual(['', '']);
      const mails = await mailsTo(t, member.email);
      expect(mails).toEqual([expect.objectContaining({ subject: 'Återställ ditt lösenord – Samverkan Värmland' })]);
      expect(mails[0]!.text).toContain('60 minuter');
      expect(await mailsTo(t, unknown)).toEqual([]);
    });

    it('mails nothing to a disabled account', async () => {
      const member = await createPrincipal(t, world, 'member', { disabledAt: new Date() });
      await forgot(member.email).expect(202);
      expect(await mailsTo(t, member.email)).toEqual([]);
    });

    it('refuses an address that is no address, naming the field', async () => {
      expectValidationFailed(await forgot('someone'), [{ path: ['email'], code: 'invalid_format', message: 'must be an email address' }]);
    });
  });

  describe('reset with the link', () => {
    it('sets the new password and ends every session of the user', async () => {
      const member = await createPrincipal(t, world, 'member');
      const otherDevice = cookieFrom((await login(t, { email: member.email, password: member.password }).expect(200)).headers['set-cookie']);
      await forgot(member.email).expect(202);

      await reset(await onlyMailedToken(t, member.email, 'reset-password')).expect(204);

      expectError(await whoAmI(t, member.cookie), 401, 'UNAUTHENTICATED');
      expectError(await whoAmI(t, otherDevice), 401, 'UNAUTHENTICATED');
      expectError(await login(t, { email: member.email, password: member.password }), 401, 'INVALID_CREDENTIALS');
      const signedIn = CurrentUserSchema.parse((await login(t, { email: member.email, password: NEW_PASSWORD }).expect(200)).body);
      expect(signedIn.id).toBe(member.id);
    });

    it('works once: the same link again is 410 LINK_INVALID', async () => {
      const member = await createPrincipal(t, world, 'member');
      await forgot(member.email).expect(202);
      const token = await onlyMailedToken(t, member.email, 'reset-password');
      await reset(token).expect(204);

      expectError(await reset(token, 'Tredje-lösenordet-Alsterån-5'), 410, 'LINK_INVALID');
      await login(t, { email: member.email, password: NEW_PASSWORD }).expect(200);
    });

    it('uses up the other outstanding links of the user too', async () => {
      const member = await createPrincipal(t, world, 'member');
      await forgot(member.email).expect(202);
      await forgot(member.email).expect(202);
      const [one, other] = (await mailsTo(t, member.email)).map((mail) => linkToken(t, mail.text, 'reset-password'));

      await reset(one!).expect(204);
      expectError(await reset(other!, 'Tredje-lösenordet-Alsterån-5'), 410, 'LINK_INVALID');
    });

    it('expires after 60 minutes', async () => {
      const clock = holdClock(t);
      const member = await createPrincipal(t, world, 'member');
      await forgot(member.email).expect(202);
      const token = await onlyMailedToken(t, member.email, 'reset-password');

      // A weak password is judged only once the link is known to be valid, so it probes without using the link up.
      clock.advance(59 * MINUTE);
      expectValidationFailed(await reset(token, 'password1234'), [{ path: ['password'], code: 'weak_password' }]);
      clock.advance(2 * MINUTE);
      expectError(await reset(token), 410, 'LINK_INVALID');
      jest.restoreAllMocks();
      await login(t, { email: member.email, password: member.password }).expect(200);
    });

    it('refuses a weak password and keeps the link usable', async () => {
      const member = await createPrincipal(t, world, 'member');
      await forgot(member.email).expect(202);
      const token = await onlyMailedToken(t, member.email, 'reset-password');

      expectValidationFailed(await reset(token, 'password1234'), [{ path: ['password'], code: 'weak_password' }]);
      expectValidationFailed(await reset(token, 'Kort-lösen1'), [{ path: ['password'], code: 'too_small', message: 'must be at least 12 characters' }]);

      await reset(token).expect(204);
    });

    it('does not get past the second factor', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      await forgot(admin.email).expect(202);
      await reset(await onlyMailedToken(t, admin.email, 'reset-password')).expect(204);

      const response = await login(t, { email: admin.email, password: NEW_PASSWORD }).expect(200);
      expect(MfaChallengeSchema.parse(LoginResultSchema.parse(response.body))).toEqual({ mfaRequired: true, setupRequired: false });
      expectError(await whoAmI(t, cookieFrom(response.headers['set-cookie'])), 401, 'UNAUTHENTICATED');
    });
  });

  describe('change password', () => {
    const change = (cookie: string, body: object) => asApp(request(t.http).post('/api/me/password'), { cookie }).send(body);

    it('ends the other sessions of the user but keeps the current one', async () => {
      const member = await createPrincipal(t, world, 'member');
      const otherDevice = await sessionCookie(t, member.id);

      await change(member.cookie, { currentPassword: member.password, newPassword: NEW_PASSWORD }).expect(204);

      expect(CurrentUserSchema.parse((await whoAmI(t, member.cookie).expect(200)).body).id).toBe(member.id);
      expectError(await whoAmI(t, otherDevice), 401, 'UNAUTHENTICATED');
      expectError(await login(t, { email: member.email, password: member.password }), 401, 'INVALID_CREDENTIALS');
      await login(t, { email: member.email, password: NEW_PASSWORD }).expect(200);
    });

    it('needs the current password', async () => {
      const member = await createPrincipal(t, world, 'member');
      const otherDevice = await sessionCookie(t, member.id);

      const response = await change(member.cookie, { currentPassword: 'Fel-lösenord-helt-och-hållet', newPassword: NEW_PASSWORD });

      expectValidationFailed(response, [{ path: ['currentPassword'], code: 'wrong_password' }]);
      await whoAmI(t, otherDevice).expect(200);
      await login(t, { email: member.email, password: member.password }).expect(200);
    });

    it('refuses a weak new password and an unknown field', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectValidationFailed(await change(member.cookie, { currentPassword: member.password, newPassword: 'password1234' }), [
        { path: ['newPassword'], code: 'weak_password' },
      ]);
      expectValidationFailed(await change(member.cookie, { currentPassword: member.password, newPassword: NEW_PASSWORD, userId: member.id }), [
        { path: [], code: 'unrecognized_keys' },
      ]);
      await login(t, { email: member.email, password: member.password }).expect(200);
    });
  });
});
