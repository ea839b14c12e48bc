import { AuditEventPageSchema, type AuditEvent } from '@repo/contracts';
import { createUser, unique } from '@repo/test-factories';
import request from 'supertest';
import { expectError, expectValidationFailed, holdClock, login } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, cookieFrom, createPrincipal, createWorld, uniqueIp, type Principal, type World } from './utils/principals';

const WRONG_PASSWORD = 'Fel-lösenord-helt-och-hållet';
const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' });

describe('audit log', () => {
  let t: TestApp;
  let world: World;
  let admin: Principal;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    admin = await createPrincipal(t, world, 'admin');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  async function auditEvents(query: Record<string, string>): Promise<AuditEvent[]> {
    const response = await asApp(request(t.http).get('/api/audit-events').query(query), { cookie: admin.cookie }).expect(200);
    const page = AuditEventPageSchema.parse(response.body);
    expect(page.total).toBe(page.items.length);
    return page.items;
  }

  describe('what a sign-in, an invitation and a user change leave behind', () => {
    const ips = { failed: uniqueIp(), login: uniqueIp(), logout: uniqueIp(), invite: uniqueIp(), roleChange: uniqueIp(), disable: uniqueIp() };
    let member: { id: string; email: string };
    let coordinator: Principal;
    let invitee: string;
    let startedAt: Date;
    let finishedAt: Date;

    beforeAll(async () => {
      startedAt = new Date();
      member = await createUser(t.prisma, { agencyId: world.agencyA.id });
      coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      invitee = `${unique('inbjuden')}@test.example`;

      await login(t, { email: member.email, password: WRONG_PASSWORD }, { ip: ips.failed }).expect(401);
      const signedIn = await login(t, { email: member.email, password: 'Fjällräv-Klarälven-2026' }, { ip: ips.login }).expect(200);
      await asApp(request(t.http).post('/api/auth/logout'), { cookie: cookieFrom(signedIn.headers['set-cookie']), ip: ips.logout }).expect(204);
      await asApp(request(t.http).post('/api/invitations'), { cookie: coordinator.cookie, ip: ips.invite })
        .send({ email: invitee, role: 'MEMBER', agencyId: world.agencyA.id })
        .expect(201);
      await asApp(request(t.http).patch(`/api/users/${member.id}`), { cookie: admin.cookie, ip: ips.roleChange })
        .send({ version: 1, role: 'COORDINATOR', coordinatorScope: { wholeRegion: false, municipalityCodes: ['1784'] } })
        .expect(200);
      await asApp(request(t.http).patch(`/api/users/${member.id}`), { cookie: admin.cookie, ip: ips.disable })
        .send({ version: 2, status: 'DISABLED' })
        .expect(200);
      finishedAt = new Date();
    });

    const expectDuringSetUp = (event: AuditEvent) => {
      expect(new Date(event.at).getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
      expect(new Date(event.at).getTime()).toBeLessThanOrEqual(finishedAt.getTime());
    };

    it('names who did what, from where and when, newest first', async () => {
      const events = await auditEvents({ actor: member.email });

      const byMember = { actorId: member.id, actorLabel: member.email, targetId: null };
      expect(events).toEqual([
        expect.objectContaining({ ...byMember, action: 'auth.logout', ip: ips.logout }),
        expect.objectContaining({ ...byMember, action: 'auth.login.succeeded', ip: ips.login, details: { method: 'password' } }),
        expect.objectContaining({ ...byMember, action: 'auth.login.failed', ip: ips.failed, details: { reason: 'wrong_password' } }),
      ]);
      events.forEach(expectDuringSetUp);
      const times = events.map((event) => new Date(event.at).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('filters by part of the actor’s address, case-insensitively', async () => {
      const events = await auditEvents({ actor: member.email.split('@')[0]!.toUpperCase() });
      expect(events.map((event) => event.action)).toEqual(['auth.logout', 'auth.login.succeeded', 'auth.login.failed']);
    });

    it('filters by action', async () => {
      const failed = await auditEvents({ actor: member.email, action: 'auth.login.failed' });
      expect(failed).toEqual([expect.objectContaining({ action: 'auth.login.failed', ip: ips.failed })]);

      const invitations = await auditEvents({ actor: coordinator.email, action: 'invitation.created' });
      expect(invitations).toEqual([
        expect.objectContaining({
          actorId: coordinator.id,
          targetType: 'invitation',
          targetLabel: invitee,
          ip: ips.invite,
          details: { role: 'MEMBER', agency: world.agencyA.name },
        }),
      ]);
      invitations.forEach(expectDuringSetUp);
    });

    it('records the role change and the disabling with the administrator as actor and the user as target', async () => {
      const roleChanges = await auditEvents({ actor: admin.email, action: 'user.role_changed' });
      expect(roleChanges).toEqual([
        expect.objectContaining({
          actorId: admin.id,
          actorLabel: admin.email,
          targetType: 'user',
          targetId: member.id,
          targetLabel: member.email,
          ip: ips.roleChange,
          details: { from: 'MEMBER', to: 'COORDINATOR' },
        }),
      ]);
      const disablings = await auditEvents({ actor: admin.email, action: 'user.disabled' });
      expect(disablings).toEqual([expect.objectContaining({ actorId: admin.id, targetId: member.id, ip: ips.disable })]);
      [...roleChanges, ...disablings].forEach(expectDuringSetUp);
    });

    it('filters by days in Swedish time, both ends included', async () => {
      const days = (await auditEvents({ actor: member.email })).map((event) => STOCKHOLM_DAY.format(new Date(event.at)));
      const first = days.at(-1)!;
      const last = days[0]!;
      const dayBefore = shiftDay(first, -1);
      const dayAfter = shiftDay(last, 1);

      expect(await auditEvents({ actor: member.email, from: first, to: last })).toHaveLength(3);
      expect(await auditEvents({ actor: member.email, from: first })).toHaveLength(3);
      expect(await auditEvents({ actor: member.email, to: last })).toHaveLength(3);
      expect(await auditEvents({ actor: member.email, to: dayBefore })).toEqual([]);
      expect(await auditEvents({ actor: member.email, from: dayAfter })).toEqual([]);
    });
  });

  it.each([
    ['winter', '2025-01-14T22:59:59.999Z', '2025-01-14T23:00:00.000Z', '2025-01-14', '2025-01-15'],
    ['summer', '2025-07-14T21:59:59.999Z', '2025-07-14T22:00:00.000Z', '2025-07-14', '2025-07-15'],
  ])('draws the line between days at midnight in Stockholm (%s time), not at midnight UTC', async (_season, lateEvening, midnight, day, nextDay) => {
    const email = `${unique('nattuggla')}@test.example`;
    const clock = holdClock(t, new Date(lateEvening));
    await login(t, { email, password: WRONG_PASSWORD }).expect(401);
    clock.set(new Date(midnight));
    await login(t, { email, password: WRONG_PASSWORD }).expect(401);
    jest.restoreAllMocks();

    const at = async (query: Record<string, string>) => (await auditEvents({ actor: email, ...query })).map((event) => event.at);
    expect(await at({ from: day, to: day })).toEqual([lateEvening]);
    expect(await at({ from: nextDay, to: nextDay })).toEqual([midnight]);
    expect(await at({ from: day, to: nextDay })).toEqual([midnight, lateEvening]);
  });

  it('refuses a day that is no date, naming the field', async () => {
    const response = await asApp(request(t.http).get('/api/audit-events').query({ from: '2025-13-01', to: '14/1/2025' }), { cookie: admin.cookie });
    expectValidationFailed(response, [
      { path: ['from'], code: 'invalid_format' },
      { path: ['to'], code: 'invalid_format' },
    ]);
  });

  it('is for administrators only', async () => {
    const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
    expectError(await asApp(request(t.http).get('/api/audit-events'), { cookie: coordinator.cookie }), 403, 'FORBIDDEN');
    expectError(await asApp(request(t.http).get('/api/audit-events')), 401, 'UNAUTHENTICATED');
  });

  describe('append-only', () => {
    async function ownEvent() {
      const email = `${unique('spar')}@test.example`;
      await login(t, { email, password: WRONG_PASSWORD }).expect(401);
      return t.prisma.auditEvent.findFirstOrThrow({ where: { actorLabel: email } });
    }

    it('refuses to change an entry in the database itself', async () => {
      const event = await ownEvent();
      await expect(t.prisma.$executeRaw`UPDATE audit_events SET action = 'auth.login.succeeded', ip = NULL WHERE id = ${event.id}::uuid`).rejects.toThrow(
        /audit_events is append-only/,
      );
      expect(await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
    });

    it('refuses to delete an entry in the database itself', async () => {
      const event = await ownEvent();
      await expect(t.prisma.$executeRaw`DELETE FROM audit_events WHERE id = ${event.id}::uuid`).rejects.toThrow(/audit_events is append-only/);
      expect(await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
    });

    it('refuses to empty the table', async () => {
      const event = await ownEvent();
      // In a transaction that is rolled back either way, so a missing guard costs no other test its entries.
      const truncate = t.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`TRUNCATE audit_events`;
        throw new Error('TRUNCATE went through');
      });
      await expect(truncate).rejects.toThrow(/audit_events is append-only/);
      expect(await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
    });
  });
});

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
