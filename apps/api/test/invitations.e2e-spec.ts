import {
  CurrentUserSchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  JoinRequestListSchema,
  JoinRequestSchema,
  MfaChallengeSchema,
  UserPageSchema,
  type CreateInvitationInput,
} from '@repo/contracts';
import { unique } from '@repo/test-factories';
import request from 'supertest';
import { DAY, expectError, expectValidationFailed, holdClock, login, mailsTo, MINUTE, onlyMailedToken } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';

const STRONG_PASSWORD = 'Gråsparv-Fryksdalen-1971';
const newAddress = () => `${unique('inbjuden')}@test.example`;

describe('invitations', () => {
  let t: TestApp;
  let world: World;
  let coordinator: Principal;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    coordinator = await createPrincipal(t, world, 'coordinatorInScope');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const refA = () => ({ id: world.agencyA.id, name: world.agencyA.name });
  const refB = () => ({ id: world.agencyB.id, name: world.agencyB.name });

  const invite = (by: Principal, input: CreateInvitationInput) =>
    asApp(request(t.http).post('/api/invitations'), { cookie: by.cookie }).send(input);
  const preview = (token: string) => asApp(request(t.http).post('/api/invitations/preview')).send({ token });
  const accept = (token: string, password = STRONG_PASSWORD, name = 'Ingrid Inbjuden') =>
    asApp(request(t.http).post('/api/invitations/accept')).send({ token, name, password });

  /** Invites a member to agency A and returns the token from the mail. */
  async function invitedMember(email = newAddress()) {
    const response = await invite(coordinator, { email, role: 'MEMBER', agencyId: world.agencyA.id }).expect(201);
    return { email, invitation: InvitationSchema.parse(response.body), token: await onlyMailedToken(t, email, 'invitation') };
  }

  describe('inviting and accepting', () => {
    it('mails a coordinator’s invitation, previews it, and lets the invitee sign in after accepting', async () => {
      const email = newAddress();
      const created = await invite(coordinator, { email: email.toUpperCase(), role: 'MEMBER', agencyId: world.agencyA.id }).expect(201);
      const invitation = InvitationSchema.parse(created.body);
      expect(invitation).toMatchObject({ email, role: 'MEMBER', agency: refA(), status: 'PENDING' });
      expect(new Date(invitation.expiresAt).getTime() - new Date(invitation.createdAt).getTime()).toBe(7 * DAY);

      const [mail, ...others] = await mailsTo(t, email);
      expect(others).toEqual([]);
      expect(mail!.subject).toBe('Inbjudan till Samverkan Värmland');
      const token = await onlyMailedToken(t, email, 'invitation');

      const shown = InvitationPreviewSchema.parse((await preview(token).expect(200)).body);
      expect(shown).toEqual({ email, role: 'MEMBER', agencyName: world.agencyA.name, expiresAt: invitation.expiresAt });

      await accept(token).expect(204);

      const signedIn = CurrentUserSchema.parse((await login(t, { email, password: STRONG_PASSWORD }).expect(200)).body);
      expect(signedIn).toMatchObject({ email, name: 'Ingrid Inbjuden', role: 'MEMBER', agency: refA(), coordinatorScope: null });
      const list = InvitationListSchema.parse((await asApp(request(t.http).get('/api/invitations'), { cookie: coordinator.cookie }).expect(200)).body);
      expect(list.items.map((item) => item.id)).not.toContain(invitation.id);
    });

    it('lists a pending invitation for the coordinators in scope only', async () => {
      const { invitation } = await invitedMember();
      const outside = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const listFor = async (who: Principal) => {
        const response = await asApp(request(t.http).get('/api/invitations'), { cookie: who.cookie }).expect(200);
        return InvitationListSchema.parse(response.body).items.map((item) => item.id);
      };

      expect(await listFor(coordinator)).toContain(invitation.id);
      expect(await listFor(outside)).not.toContain(invitation.id);
    });

    it('works once: accepting the same link again is 410 LINK_INVALID', async () => {
      const { token } = await invitedMember();
      await accept(token).expect(204);

      expectError(await accept(token, 'Annat-lösenord-Glafsfjorden-9'), 410, 'LINK_INVALID');
      expectError(await preview(token), 410, 'LINK_INVALID');
    });

    it('expires after 7 days', async () => {
      const clock = holdClock(t);
      const { email, token } = await invitedMember();

      clock.advance(7 * DAY - MINUTE);
      await preview(token).expect(200);
      clock.advance(2 * MINUTE);
      expectError(await preview(token), 410, 'LINK_INVALID');
      expectError(await accept(token), 410, 'LINK_INVALID');
      expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
    });

    it('stops working once revoked', async () => {
      const { email, invitation, token } = await invitedMember();

      await asApp(request(t.http).delete(`/api/invitations/${invitation.id}`), { cookie: coordinator.cookie }).expect(204);

      expectError(await preview(token), 410, 'LINK_INVALID');
      expectError(await accept(token), 410, 'LINK_INVALID');
      expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
      // Revoking twice is a conflict, not a second revocation.
      expectError(await asApp(request(t.http).delete(`/api/invitations/${invitation.id}`), { cookie: coordinator.cookie }), 409, 'CONFLICT');
    });

    it('answers an unknown link with 410 LINK_INVALID', async () => {
      expectError(await preview('x'.repeat(43)), 410, 'LINK_INVALID');
    });

    it.each([
      ['a common password', () => 'password1234'],
      ['the invitee’s own address', (email: string) => email],
    ])('refuses %s with 400 weak_password and creates no account', async (_case, password) => {
      const { email, token } = await invitedMember();
      const chosen = password(email);
      expect(chosen.length).toBeGreaterThanOrEqual(12);

      expectValidationFailed(await accept(token, chosen), [{ path: ['password'], code: 'weak_password' }]);

      expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
      await preview(token).expect(200);
    });

    it('refuses a password of 11 characters', async () => {
      const { email, token } = await invitedMember();
      expectValidationFailed(await accept(token, 'Kort-lösen1'), [
        { path: ['password'], code: 'too_small', message: 'must be at least 12 characters' },
      ]);
      expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
    });

    it('refuses an accept without a name, naming the field', async () => {
      const { token } = await invitedMember();
      expectValidationFailed(await accept(token, STRONG_PASSWORD, '   '), [{ path: ['name'], code: 'too_small', message: 'is required' }]);
    });
  });

  describe('who may invite whom', () => {
    it('refuses a coordinator who invites an administrator', async () => {
      const email = newAddress();
      expectError(await invite(coordinator, { email, role: 'ADMIN', agencyId: world.agencyA.id }), 403, 'FORBIDDEN');
      expect(await mailsTo(t, email)).toEqual([]);
    });

    it('refuses a coordinator who invites to an agency outside their municipalities', async () => {
      const email = newAddress();
      expectError(await invite(coordinator, { email, role: 'MEMBER', agencyId: world.agencyB.id }), 403, 'FORBIDDEN');
      expect(await mailsTo(t, email)).toEqual([]);
    });

    it('refuses a coordinator who hands out a scope beyond their own', async () => {
      const email = newAddress();
      const scope = { wholeRegion: false, municipalityCodes: ['1784', '1715'] };
      expectError(await invite(coordinator, { email, role: 'COORDINATOR', agencyId: world.agencyA.id, coordinatorScope: scope }), 403, 'FORBIDDEN');
    });

    it('refuses a member with 403', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectError(await invite(member, { email: newAddress(), role: 'MEMBER', agencyId: world.agencyA.id }), 403, 'FORBIDDEN');
    });

    it('needs a scope to invite a coordinator', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const response = await invite(admin, { email: newAddress(), role: 'COORDINATOR', agencyId: world.agencyA.id });
      expectValidationFailed(response, [{ path: ['coordinatorScope'], code: 'invalid_scope' }]);
    });

    it('gives no scope to a member', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const response = await invite(admin, {
        email: newAddress(),
        role: 'MEMBER',
        agencyId: world.agencyA.id,
        coordinatorScope: { wholeRegion: false, municipalityCodes: ['1784'] },
      });
      expectValidationFailed(response, [{ path: ['coordinatorScope'], code: 'invalid_scope' }]);
    });

    it('refuses an unknown field in the invitation', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const response = await invite(admin, { email: newAddress(), role: 'MEMBER', agencyId: world.agencyA.id, isAgencyEditor: true } as CreateInvitationInput);
      expectValidationFailed(response, [{ path: [], code: 'unrecognized_keys' }]);
    });

    it('turns an administrator’s invitation of a coordinator into a coordinator with that scope', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const email = newAddress();
      const scope = { wholeRegion: false, municipalityCodes: ['1715', '1784'] };
      await invite(admin, { email, role: 'COORDINATOR', agencyId: world.agencyB.id, coordinatorScope: scope }).expect(201);

      await accept(await onlyMailedToken(t, email, 'invitation')).expect(204);

      const users = UserPageSchema.parse((await asApp(request(t.http).get('/api/users').query({ q: email }), { cookie: admin.cookie }).expect(200)).body);
      expect(users.items).toEqual([
        expect.objectContaining({ email, role: 'COORDINATOR', agency: refB(), coordinatorScope: scope, mfaEnabled: false, status: 'ACTIVE' }),
      ]);
      // A coordinator must set up a second factor at the first sign-in.
      const first = await login(t, { email, password: STRONG_PASSWORD }).expect(200);
      expect(MfaChallengeSchema.parse(first.body)).toEqual({ mfaRequired: true, setupRequired: true });
    });
  });

  describe('join requests', () => {
    const ask = (email: string, agencyId = world.agencyA.id) =>
      asApp(request(t.http).post('/api/join-requests')).send({
        name: 'Jonas Sökande',
        email,
        agencyId,
        function: 'Skolkurator',
        reason: 'Jag arbetar med elever som riskerar att radikaliseras.',
      });
    const decide = (who: Principal, id: string, decision: 'approve' | 'decline') =>
      asApp(request(t.http).post(`/api/join-requests/${id}/${decision}`), { cookie: who.cookie });

    /** Files a join request to agency A and finds it in the coordinator's list. */
    async function pendingRequest() {
      const email = `${unique('sokande')}@test.example`;
      const response = await ask(email).expect(202);
      expect(response.text).toBe('');
      const list = JoinRequestListSchema.parse((await asApp(request(t.http).get('/api/join-requests'), { cookie: coordinator.cookie }).expect(200)).body);
      const found = list.items.find((item) => item.email === email);
      expect(found).toMatchObject({ status: 'PENDING', agency: refA(), name: 'Jonas Sökande', decidedAt: null, decidedBy: null });
      return found!;
    }

    it('notifies the coordinators whose scope covers the agency, and no others', async () => {
      const outside = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const email = `${unique('sokande')}@test.example`;
      const before = (await mailsTo(t, coordinator.email)).length;

      await ask(email).expect(202);

      const notices = (await mailsTo(t, coordinator.email)).slice(before);
      expect(notices).toEqual([expect.objectContaining({ subject: 'Ny anslutningsförfrågan: Jonas Sökande' })]);
      expect(notices[0]!.text).toContain(world.agencyA.name);
      expect(await mailsTo(t, outside.email)).toEqual([]);
      expect(await mailsTo(t, email)).toEqual([]);
    });

    it('mails the requester an invitation as a member when approved', async () => {
      const pending = await pendingRequest();

      const approved = JoinRequestSchema.parse((await decide(coordinator, pending.id, 'approve').expect(200)).body);
      expect(approved).toMatchObject({ id: pending.id, status: 'APPROVED', decidedBy: expect.any(String) });
      expect(approved.decidedAt).not.toBeNull();

      const token = await onlyMailedToken(t, pending.email, 'invitation');
      const shown = InvitationPreviewSchema.parse((await preview(token).expect(200)).body);
      expect(shown).toMatchObject({ email: pending.email, role: 'MEMBER', agencyName: world.agencyA.name });
    });

    it('mails the requester a refusal when declined', async () => {
      const pending = await pendingRequest();

      const declined = JoinRequestSchema.parse((await decide(coordinator, pending.id, 'decline').expect(200)).body);
      expect(declined).toMatchObject({ id: pending.id, status: 'DECLINED' });

      const mails = await mailsTo(t, pending.email);
      expect(mails).toEqual([expect.objectContaining({ subject: 'Din förfrågan till Samverkan Värmland' })]);
      expect(mails[0]!.text).not.toContain('#token=');
    });

    it.each([
      ['approve', 'approve'],
      ['approve', 'decline'],
      ['decline', 'approve'],
      ['decline', 'decline'],
    ] as const)('refuses to %s a request already decided by %s with 409', async (first, second) => {
      const pending = await pendingRequest();
      await decide(coordinator, pending.id, first).expect(200);
      const mailsBefore = await mailsTo(t, pending.email);

      expectError(await decide(coordinator, pending.id, second), 409, 'CONFLICT');

      expect(await mailsTo(t, pending.email)).toEqual(mailsBefore);
    });

    it('hides a request from a coordinator of other municipalities (404)', async () => {
      const pending = await pendingRequest();
      const outside = await createPrincipal(t, world, 'coordinatorOutOfScope');

      expectError(await decide(outside, pending.id, 'approve'), 404, 'NOT_FOUND');
      expectError(await decide(outside, pending.id, 'decline'), 404, 'NOT_FOUND');
      const list = JoinRequestListSchema.parse((await asApp(request(t.http).get('/api/join-requests'), { cookie: outside.cookie }).expect(200)).body);
      expect(list.items.map((item) => item.id)).not.toContain(pending.id);
      expect(await mailsTo(t, pending.email)).toEqual([]);
    });

    it('refuses a join request to an unknown agency, naming the field', async () => {
      const response = await ask(`${unique('sokande')}@test.example`, '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10');
      expectValidationFailed(response, [{ path: ['agencyId'], code: 'not_found' }]);
    });
  });
});
