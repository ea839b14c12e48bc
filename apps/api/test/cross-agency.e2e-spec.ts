import { CurrentUserSchema, InvitationSchema, PersonalDataSchema, SessionListSchema, UserSchema } from '@repo/contracts';
import { unique } from '@repo/test-factories';
import request from 'supertest';
import { ERROR_STATUS } from '../src/common/errors/error-status';
import { expectError, expectValidationFailed, login, sessionSetCookie, whoAmI } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, TEST_TOTP_SECRET, type Principal, type World } from './utils/principals';

/** Requests from agency A's member against what belongs to agency B and to other users (cross-agency replay). */
describe('cross-agency replay', () => {
  let t: TestApp;
  let world: World;
  let member: Principal;
  let memberOfB: Principal;
  let coordinatorOfB: Principal;
  let coordinatorOfA: Principal;
  let admin: Principal;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    member = await createPrincipal(t, world, 'member');
    memberOfB = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
    coordinatorOfB = await createPrincipal(t, world, 'coordinatorOutOfScope');
    coordinatorOfA = await createPrincipal(t, world, 'coordinatorInScope');
    admin = await createPrincipal(t, world, 'admin');
  });
  afterAll(() => t.close());

  const as = (who: Principal) => ({
    get: (path: string) => asApp(request(t.http).get(path), { cookie: who.cookie }),
    post: (path: string, body?: object) => asApp(request(t.http).post(path), { cookie: who.cookie }).send(body),
    patch: (path: string, body: object) => asApp(request(t.http).patch(path), { cookie: who.cookie }).send(body),
    delete: (path: string, body?: object) => asApp(request(t.http).delete(path), { cookie: who.cookie }).send(body),
  });
  const userRow = (id: string) =>
    t.prisma.user.findUnique({ where: { id }, select: { name: true, role: true, disabledAt: true, isAgencyEditor: true, version: true } });

  async function invitationToB() {
    const response = await as(coordinatorOfB)
      .post('/api/invitations', { email: `${unique('inbjuden')}@test.example`, role: 'MEMBER', agencyId: world.agencyB.id })
      .expect(201);
    return InvitationSchema.parse(response.body);
  }

  async function joinRequestToB() {
    const email = `${unique('sokande')}@test.example`;
    await asApp(request(t.http).post('/api/join-requests'))
      .send({ name: 'Jonas Sökande', email, agencyId: world.agencyB.id, function: 'Fritidsledare', reason: 'Vill vara med.' })
      .expect(202);
    return t.prisma.joinRequest.findFirstOrThrow({ where: { email }, select: { id: true } });
  }

  describe('a member of agency A', () => {
    it('cannot read or list the users of agency B (403)', async () => {
      expectError(await as(member).get(`/api/users/${memberOfB.id}`), 403, 'FORBIDDEN');
      expectError(await as(member).get('/api/users'), 403, 'FORBIDDEN');
    });

    it('cannot change a user of agency B (403), and the row is unchanged', async () => {
      const before = await userRow(memberOfB.id);
      const response = await as(member).patch(`/api/users/${memberOfB.id}`, { version: before!.version, status: 'DISABLED', isAgencyEditor: true });
      expectError(response, 403, 'FORBIDDEN');
      expect(await userRow(memberOfB.id)).toEqual(before);
    });

    it('cannot end another user’s session (404), which keeps working', async () => {
      const sessions = SessionListSchema.parse((await as(memberOfB).get('/api/me/sessions').expect(200)).body);
      const victimSession = sessions.items.find((session) => session.isCurrent)!;

      expectError(await as(member).delete(`/api/me/sessions/${victimSession.id}`), 404, 'NOT_FOUND');

      expect(CurrentUserSchema.parse((await whoAmI(t, memberOfB.cookie).expect(200)).body).id).toBe(memberOfB.id);
    });

    it('ends their own other session by id', async () => {
      const own = await createPrincipal(t, world, 'member');
      const otherDevice = cookieFrom((await login(t, { email: own.email, password: own.password }).expect(200)).headers['set-cookie']);
      const sessions = SessionListSchema.parse((await as(own).get('/api/me/sessions').expect(200)).body);
      expect(sessions.items).toHaveLength(2);
      const other = sessions.items.find((session) => !session.isCurrent)!;

      await as(own).delete(`/api/me/sessions/${other.id}`).expect(204);

      expectError(await whoAmI(t, otherDevice), 401, 'UNAUTHENTICATED');
      await whoAmI(t, own.cookie).expect(200);
    });

    it('cannot revoke an invitation (403), which stays pending', async () => {
      const invitation = await invitationToB();
      expectError(await as(member).delete(`/api/invitations/${invitation.id}`), 403, 'FORBIDDEN');
      expectError(await as(member).get('/api/invitations'), 403, 'FORBIDDEN');
      expect(await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
    });

    it('cannot approve or decline a join request (403), which stays pending', async () => {
      const joinRequest = await joinRequestToB();
      expectError(await as(member).post(`/api/join-requests/${joinRequest.id}/approve`), 403, 'FORBIDDEN');
      expectError(await as(member).post(`/api/join-requests/${joinRequest.id}/decline`), 403, 'FORBIDDEN');
      expectError(await as(member).get('/api/join-requests'), 403, 'FORBIDDEN');
      expect(await t.prisma.joinRequest.findUniqueOrThrow({ where: { id: joinRequest.id }, select: { status: true } })).toEqual({ status: 'PENDING' });
    });

    it('cannot read the audit log (403)', async () => {
      expectError(await as(member).get('/api/audit-events'), 403, 'FORBIDDEN');
    });

    it.each([
      ['role', { role: 'ADMIN' }],
      ['agencyId', { agencyId: '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10' }],
      ['mfaSecret', { mfaSecret: TEST_TOTP_SECRET }],
      ['email', { email: 'someone-else@test.example' }],
    ])('cannot give themselves %s through their profile (400 unrecognized_keys), and the row is unchanged', async (_field, extra) => {
      const own = await createPrincipal(t, world, 'member');
      const before = await t.prisma.user.findUniqueOrThrow({ where: { id: own.id } });

      const response = await as(own).patch('/api/me', { name: 'Ny Namnsson', ...extra });

      expectValidationFailed(response, [{ path: [], code: 'unrecognized_keys' }]);
      expect(await t.prisma.user.findUniqueOrThrow({ where: { id: own.id } })).toEqual(before);
    });

    it('changes their own name through their profile', async () => {
      const own = await createPrincipal(t, world, 'member');
      const updated = CurrentUserSchema.parse((await as(own).patch('/api/me', { name: '  Ny Namnsson ' }).expect(200)).body);
      expect(updated).toMatchObject({ id: own.id, name: 'Ny Namnsson', role: 'MEMBER' });
    });
  });

  describe('coordinators', () => {
    it('hide the users outside their municipalities (404)', async () => {
      const version = (await userRow(member.id))!.version;
      expectError(await as(coordinatorOfB).get(`/api/users/${member.id}`), 404, 'NOT_FOUND');
      expectError(await as(coordinatorOfB).patch(`/api/users/${member.id}`, { version, status: 'DISABLED' }), 404, 'NOT_FOUND');
      expect((await userRow(member.id))!.disabledAt).toBeNull();
    });

    it('hide the invitations outside their municipalities (404)', async () => {
      const invitation = await invitationToB();
      expectError(await as(coordinatorOfA).delete(`/api/invitations/${invitation.id}`), 404, 'NOT_FOUND');
    });

    it('cannot make anyone an administrator (403)', async () => {
      const target = await createPrincipal(t, world, 'member');
      expectError(await as(coordinatorOfA).patch(`/api/users/${target.id}`, { version: 1, role: 'ADMIN' }), 403, 'FORBIDDEN');
      expect((await userRow(target.id))!.role).toBe('MEMBER');
    });

    it('cannot change an administrator (403)', async () => {
      const otherAdmin = await createPrincipal(t, world, 'admin');
      expectError(await as(coordinatorOfA).patch(`/api/users/${otherAdmin.id}`, { version: 1, status: 'DISABLED' }), 403, 'FORBIDDEN');
      expect((await userRow(otherAdmin.id))!.disabledAt).toBeNull();
    });

    it('cannot change their own role or scope (403)', async () => {
      const own = await createPrincipal(t, world, 'coordinatorInScope');
      expectError(await as(own).patch(`/api/users/${own.id}`, { version: 1, role: 'MEMBER' }), 403, 'FORBIDDEN');
      expectError(
        await as(own).patch(`/api/users/${own.id}`, { version: 1, coordinatorScope: { wholeRegion: true, municipalityCodes: [] } }),
        403,
        'FORBIDDEN',
      );
      expect(await userRow(own.id)).toMatchObject({ role: 'COORDINATOR', version: 1 });
    });

    it('cannot disable or demote a coordinator whose scope reaches beyond their own (403)', async () => {
      const wholeRegion = await createPrincipal(t, world, 'coordinatorInScope', { scopeMunicipalityCodes: [], coordinatesWholeRegion: true });

      expectError(await as(coordinatorOfA).patch(`/api/users/${wholeRegion.id}`, { version: 1, status: 'DISABLED' }), 403, 'FORBIDDEN');
      expectError(await as(coordinatorOfA).patch(`/api/users/${wholeRegion.id}`, { version: 1, role: 'MEMBER' }), 403, 'FORBIDDEN');

      expect(await userRow(wholeRegion.id)).toMatchObject({ role: 'COORDINATOR', disabledAt: null, version: 1 });
      await whoAmI(t, wholeRegion.cookie).expect(200);
    });

    it('manage a member of their own municipalities', async () => {
      const target = await createPrincipal(t, world, 'member');
      const updated = UserSchema.parse((await as(coordinatorOfA).patch(`/api/users/${target.id}`, { version: 1, isAgencyEditor: true }).expect(200)).body);
      expect(updated).toMatchObject({ id: target.id, isAgencyEditor: true, version: 2 });
      const stale = await as(coordinatorOfA).patch(`/api/users/${target.id}`, { version: 1, isAgencyEditor: false });
      expectError(stale, ERROR_STATUS.VERSION_CONFLICT, 'VERSION_CONFLICT');
      expect((await userRow(target.id))!.isAgencyEditor).toBe(true);
    });
  });

  describe('personal data (GDPR)', () => {
    it('exports everything about the user as a JSON download, their own activity included', async () => {
      const own = await createPrincipal(t, world, 'member');
      const ip = '203.0.113.41';
      const cookie = cookieFrom((await login(t, { email: own.email, password: own.password }, { ip }).expect(200)).headers['set-cookie']);
      await asApp(request(t.http).patch('/api/me'), { cookie, ip }).send({ name: 'Exporterad Person' }).expect(200);

      const response = await asApp(request(t.http).get('/api/me/data'), { cookie, ip }).expect(200);

      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.json"$/);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
      const data = PersonalDataSchema.parse(response.body);
      expect(data.user).toMatchObject({ id: own.id, email: own.email, name: 'Exporterad Person', role: 'MEMBER', lastLoginAt: expect.any(String) });
      expect(data.sessions.length).toBeGreaterThanOrEqual(1);
      expect(data.activity).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'auth.login.succeeded', actorId: own.id, ip }),
          expect.objectContaining({ action: 'user.profile_updated', actorId: own.id, ip, details: { name: 'Exporterad Person' } }),
        ]),
      );
      expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2|tokenHash|mfaSecret/);
    });

    it('does not hand out the address of others who acted on the user', async () => {
      const own = await createPrincipal(t, world, 'member');
      const coordinatorIp = '203.0.113.77';
      await asApp(request(t.http).patch(`/api/users/${own.id}`), { cookie: coordinatorOfA.cookie, ip: coordinatorIp })
        .send({ version: 1, isAgencyEditor: true })
        .expect(200);

      const data = PersonalDataSchema.parse((await as(own).get('/api/me/data').expect(200)).body);

      const byCoordinator = data.activity.filter((event) => event.actorId === coordinatorOfA.id);
      expect(byCoordinator).toEqual([expect.objectContaining({ action: 'user.updated', targetId: own.id })]);
      expect(byCoordinator[0]!.ip).not.toBe(coordinatorIp);
    });

    it('keeps the account when the password given to delete it is wrong', async () => {
      const own = await createPrincipal(t, world, 'member');

      const response = await as(own).delete('/api/me', { password: 'Fel-lösenord-helt-och-hållet' });

      expectValidationFailed(response, [{ path: ['password'], code: 'wrong_password' }]);
      expect(sessionSetCookie(response)).toBeUndefined();
      expect(await userRow(own.id)).not.toBeNull();
      await whoAmI(t, own.cookie).expect(200);
    });

    it('refuses a deletion without the password, naming the field', async () => {
      const own = await createPrincipal(t, world, 'member');
      expectValidationFailed(await as(own).delete('/api/me', {}), [{ path: ['password'], code: 'invalid_type' }]);
      expect(await userRow(own.id)).not.toBeNull();
    });

    it('deletes the account, ends its sessions, and keeps what others rely on', async () => {
      const own = await createPrincipal(t, world, 'coordinatorInScope');
      const invited = InvitationSchema.parse(
        (await as(own).post('/api/invitations', { email: `${unique('inbjuden')}@test.example`, role: 'MEMBER', agencyId: world.agencyA.id }).expect(201)).body,
      );
      expect(invited.invitedBy).toEqual(expect.any(String));
      const eventsBefore = await t.prisma.auditEvent.count({ where: { actorId: own.id } });
      expect(eventsBefore).toBeGreaterThan(0);

      const response = await as(own).delete('/api/me', { password: own.password }).expect(204);

      expect(sessionSetCookie(response)).toMatch(/^samverkan_session=;/);
      expect(await userRow(own.id)).toBeNull();
      expectError(await whoAmI(t, own.cookie), 401, 'UNAUTHENTICATED');
      expectError(await login(t, { email: own.email, password: own.password }), 401, 'INVALID_CREDENTIALS');
      expect(await t.prisma.session.count({ where: { userId: own.id } })).toBe(0);

      const invitation = await t.prisma.invitation.findUniqueOrThrow({ where: { id: invited.id }, select: { invitedById: true, revokedAt: true } });
      expect(invitation).toEqual({ invitedById: null, revokedAt: null });
      const listed = (await as(admin).get('/api/invitations').expect(200)).body.items.find((item: { id: string }) => item.id === invited.id);
      expect(InvitationSchema.parse(listed).invitedBy).toBeNull();

      const eventsAfter = await t.prisma.auditEvent.findMany({ where: { actorId: own.id }, select: { action: true } });
      expect(eventsAfter.length).toBe(eventsBefore + 1);
      expect(eventsAfter.map((event) => event.action)).toEqual(expect.arrayContaining(['invitation.created', 'user.deleted']));
    });
  });
});
