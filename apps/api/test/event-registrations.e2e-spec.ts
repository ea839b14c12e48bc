import { Logger } from '@nestjs/common';
import { ParticipantListSchema, RegistrationResultSchema, type RegistrationResult } from '@repo/contracts';
import { createAgency, createEvent, createRegistration, createUser, type EventInput } from '@repo/test-factories';
import request from 'supertest';
import { MailService } from '../src/common/mail/mail.service';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { DAY, expectError, expectValidationFailed, HOUR, mailsTo } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';

const PROMOTED_SUBJECT = (title: string) => `Du har fått en plats: ${title}`;
const REMOVED_SUBJECT = (title: string) => `Din anmälan har tagits bort: ${title}`;
const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

describe('event registration and the waitlist', () => {
  let t: TestApp;
  let world: World;
  /** Posted the events (a member of agency A, not its editor). */
  let organiser: Principal;
  /** A member of agency A who neither posted the events nor edits the agency. */
  let member: Principal;
  let coordinator: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    organiser = await createPrincipal(t, world, 'member');
    member = await createPrincipal(t, world, 'member');
    coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
  });
  afterAll(() => t.close());

  function event(overrides: Partial<EventInput> = {}) {
    return createEvent(t.prisma, { organiserAgencyId: world.agencyA.id, createdById: organiser.id, ...overrides });
  }

  /** A member of agency B with a session (any member may register for a network event). */
  async function colleague(): Promise<Principal> {
    return createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
  }

  function register(principal: Principal, eventId: string) {
    return asApp(request(t.http).post(`/api/events/${eventId}/registration`), { cookie: principal.cookie });
  }

  function unregister(principal: Principal, eventId: string) {
    return asApp(request(t.http).delete(`/api/events/${eventId}/registration`), { cookie: principal.cookie });
  }

  function participants(principal: Principal, eventId: string) {
    return request(t.http).get(`/api/events/${eventId}/participants`).set('Cookie', principal.cookie);
  }

  function removeParticipant(principal: Principal, eventId: string, userId: string) {
    return asApp(request(t.http).delete(`/api/events/${eventId}/participants/${userId}`), { cookie: principal.cookie });
  }

  async function registered(principal: Principal, eventId: string, status = 201): Promise<RegistrationResult> {
    const response = await register(principal, eventId);
    expect({ status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ status, body: undefined });
    return RegistrationResultSchema.parse(response.body);
  }

  function rowsOf(eventId: string) {
    return t.prisma.eventRegistration.findMany({ where: { eventId }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }] });
  }

  async function counts(eventId: string) {
    const rows = await rowsOf(eventId);
    return { registered: rows.filter((r) => r.status === 'REGISTERED').length, waitlisted: rows.filter((r) => r.status === 'WAITLISTED').length };
  }

  function auditOf(eventId: string, action?: string) {
    return t.prisma.auditEvent.findMany({ where: { targetId: eventId, ...(action ? { action } : {}) }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
  }

  describe('POST /api/events/:id/registration', () => {
    it('gives a seat while there is one, and shows how many are registered', async () => {
      const { id } = await event({ capacity: 3 });
      const first = await colleague();
      expect(await registered(first, id)).toEqual({ status: 'REGISTERED', waitlistPosition: null, registeredCount: 1, capacity: 3 });
      expect(await registered(await colleague(), id)).toEqual({ status: 'REGISTERED', waitlistPosition: null, registeredCount: 2, capacity: 3 });

      const [row] = await t.prisma.eventRegistration.findMany({ where: { eventId: id, userId: first.id } });
      expect(row).toMatchObject({ status: 'REGISTERED', remindedAt: null });
      expect(row!.confirmedAt).toEqual(row!.queuedAt);
      const audit = await auditOf(id, 'event.registered');
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ actorId: first.id, actorLabel: first.email, targetType: 'event', targetId: id });
    });

    it('puts the caller on the waitlist when the event is full, with their place in it', async () => {
      const { id } = await event({ capacity: 1 });
      await registered(await colleague(), id);
      const second = await colleague();
      const third = await colleague();
      expect(await registered(second, id)).toEqual({ status: 'WAITLISTED', waitlistPosition: 1, registeredCount: 1, capacity: 1 });
      expect(await registered(third, id)).toEqual({ status: 'WAITLISTED', waitlistPosition: 2, registeredCount: 1, capacity: 1 });

      const row = await t.prisma.eventRegistration.findFirstOrThrow({ where: { eventId: id, userId: second.id } });
      expect(row).toMatchObject({ status: 'WAITLISTED', confirmedAt: null });
      expect((await auditOf(id, 'event.waitlisted')).map((entry) => [entry.actorId, entry.details])).toEqual([
        [second.id, { waitlistPosition: 1 }],
        [third.id, { waitlistPosition: 2 }],
      ]);
    });

    it('has no limit without a capacity', async () => {
      const { id } = await event({ capacity: null });
      for (let i = 1; i <= 3; i++) {
        expect(await registered(await colleague(), id)).toEqual({ status: 'REGISTERED', waitlistPosition: null, registeredCount: i, capacity: null });
      }
    });

    it('answers 200 with the current state when the caller already registered, and writes nothing', async () => {
      const { id } = await event({ capacity: 1 });
      const seated = await colleague();
      const waiting = await colleague();
      await registered(seated, id);
      await registered(waiting, id);
      const auditBefore = (await auditOf(id)).length;

      expect(await registered(seated, id, 200)).toEqual({ status: 'REGISTERED', waitlistPosition: null, registeredCount: 1, capacity: 1 });
      expect(await registered(waiting, id, 200)).toEqual({ status: 'WAITLISTED', waitlistPosition: 1, registeredCount: 1, capacity: 1 });
      expect(await counts(id)).toEqual({ registered: 1, waitlisted: 1 });
      expect(await auditOf(id)).toHaveLength(auditBefore);
    });

    it('the same user asking many times at once gets one registration', async () => {
      const { id } = await event({ capacity: 5 });
      const eager = await colleague();
      const statuses = (await Promise.all(Array.from({ length: 5 }, () => register(eager, id)))).map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 201]);
      expect(await counts(id)).toEqual({ registered: 1, waitlisted: 0 });
    });

    describe('when many register at the same moment', () => {
      it('gives exactly the capacity in seats and queues the rest in order (25 users, 10 seats)', async () => {
        const { id } = await event({ capacity: 10 });
        const users = await Promise.all(Array.from({ length: 25 }, () => colleague()));

        const responses = await Promise.all(users.map((user) => register(user, id)));

        expect(responses.map((r) => r.status)).toEqual(Array(25).fill(201));
        const results = responses.map((r) => RegistrationResultSchema.parse(r.body));
        expect(results.filter((r) => r.status === 'REGISTERED')).toHaveLength(10);
        const waiting = results.filter((r) => r.status === 'WAITLISTED');
        expect(waiting.map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
        expect(results.every((r) => r.registeredCount <= 10 && r.capacity === 10)).toBe(true);

        expect(await counts(id)).toEqual({ registered: 10, waitlisted: 15 });
        // The places told to each user are their places in the list the organiser sees.
        const list = ParticipantListSchema.parse((await participants(organiser, id).expect(200)).body);
        const told = new Map(users.map((user, i) => [user.id, results[i]!]));
        expect(list.waitlist.map((p) => told.get(p.userId)!.waitlistPosition)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
        expect(list.registered.map((p) => told.get(p.userId)!.status)).toEqual(Array(10).fill('REGISTERED'));
        expect(await auditOf(id, 'event.registered')).toHaveLength(10);
        expect(await auditOf(id, 'event.waitlisted')).toHaveLength(15);
      });

      it('never goes over the capacity when seats are given up and taken at once', async () => {
        const { id, title } = await event({ capacity: 5 });
        const seated = await Promise.all(Array.from({ length: 5 }, () => colleague()));
        for (const user of seated) await createRegistration(t.prisma, { eventId: id, userId: user.id, at: new Date(Date.now() - HOUR) });
        const newcomers = await Promise.all(Array.from({ length: 10 }, () => colleague()));

        const [leaving, joining] = await Promise.all([
          Promise.all(seated.slice(0, 3).map((user) => unregister(user, id))),
          Promise.all(newcomers.map((user) => register(user, id))),
        ]);

        expect(leaving.map((r) => r.status)).toEqual([204, 204, 204]);
        expect(joining.map((r) => r.status)).toEqual(Array(10).fill(201));
        expect(await counts(id)).toEqual({ registered: 5, waitlisted: 7 });
        // Whoever was queued and now has a seat was moved up, and told so by mail, exactly once.
        const rows = new Map((await rowsOf(id)).map((row) => [row.userId, row.status]));
        for (const [i, user] of newcomers.entries()) {
          const answered = RegistrationResultSchema.parse(joining[i]!.body).status;
          const promoted = answered === 'WAITLISTED' && rows.get(user.id) === 'REGISTERED';
          expect({ user: user.email, mails: (await mailsTo(t, user.email)).filter((m) => m.subject === PROMOTED_SUBJECT(title)).length }).toEqual({
            user: user.email,
            mails: promoted ? 1 : 0,
          });
        }
      });

      it('moves the waitlist up, not the newcomers, when seats are given up while others register', async () => {
        const { id } = await event({ capacity: 5 });
        const start = Date.now() - HOUR;
        const seated = await Promise.all(Array.from({ length: 5 }, () => colleague()));
        const waiting = await Promise.all(Array.from({ length: 5 }, () => colleague()));
        for (const [i, user] of seated.entries()) await createRegistration(t.prisma, { eventId: id, userId: user.id, at: new Date(start + i) });
        for (const [i, user] of waiting.entries()) {
          await createRegistration(t.prisma, { eventId: id, userId: user.id, status: 'WAITLISTED', at: new Date(start + 10 + i) });
        }
        const newcomers = await Promise.all(Array.from({ length: 10 }, () => colleague()));

        await Promise.all([...seated.map((user) => unregister(user, id)), ...newcomers.map((user) => register(user, id))]);

        const rows = new Map((await rowsOf(id)).map((row) => [row.userId, row.status]));
        expect(waiting.map((user) => rows.get(user.id))).toEqual(Array(5).fill('REGISTERED'));
        expect(newcomers.map((user) => rows.get(user.id))).toEqual(Array(10).fill('WAITLISTED'));
        expect(seated.map((user) => rows.has(user.id))).toEqual(Array(5).fill(false));
      });
    });

    describe('when registration is closed', () => {
      const cases: [string, () => Partial<EventInput>, string][] = [
        ['the deadline passed', () => ({ registrationDeadline: new Date(Date.now() - HOUR) }), 'deadline_passed'],
        ['the event started', () => ({ startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) }), 'started'],
        ['the event is over', () => ({ startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() - DAY) }), 'started'],
        ['the event is cancelled', () => ({ cancelledAt: new Date(Date.now() - HOUR) }), 'cancelled'],
      ];

      it.each(cases)('answers 409 when %s, with the reason, and writes nothing', async (_name, overrides, reason) => {
        const { id } = await event({ capacity: 10, ...overrides() });
        const user = await colleague();
        const body = expectError(await register(user, id), 409, 'CONFLICT');
        expect(body.details).toEqual({ reason });
        expect(await rowsOf(id)).toEqual([]);
        expect(await auditOf(id)).toEqual([]);
      });

      // The deadline closes new registrations only; a place can be given up until the start.
      const closedForUnregistering = cases.filter(([, , reason]) => reason !== 'deadline_passed');

      it.each(closedForUnregistering)('refuses to unregister when %s, keeping the seat', async (_name, overrides, reason) => {
        const { id } = await event({ capacity: 10, ...overrides() });
        const user = await colleague();
        await createRegistration(t.prisma, { eventId: id, userId: user.id, at: new Date(Date.now() - 3 * DAY) });
        expect(expectError(await unregister(user, id), 409, 'CONFLICT').details).toEqual({ reason });
        expect(await counts(id)).toEqual({ registered: 1, waitlisted: 0 });
        expect(await auditOf(id)).toEqual([]);
      });

      it('lets a seat be given up after the deadline, moves the waitlist up, and still takes no new registration', async () => {
        const { id, title } = await event({ capacity: 1, registrationDeadline: new Date(Date.now() - HOUR) });
        const seated = await colleague();
        const waiting = await colleague();
        await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date(Date.now() - 3 * DAY) });
        await createRegistration(t.prisma, { eventId: id, userId: waiting.id, status: 'WAITLISTED', at: new Date(Date.now() - 2 * DAY) });

        await unregister(seated, id).expect(204);

        expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([[waiting.id, 'REGISTERED']]);
        expect((await mailsTo(t, waiting.email)).map((mail) => mail.subject)).toEqual([PROMOTED_SUBJECT(title)]);
        expect(await auditOf(id, 'event.unregistered')).toEqual([expect.objectContaining({ actorId: seated.id, details: { status: 'REGISTERED' } })]);
        expect(expectError(await register(seated, id), 409, 'CONFLICT').details).toEqual({ reason: 'deadline_passed' });
      });

      it('still reports an existing registration (asking again is harmless)', async () => {
        const { id } = await event({ registrationDeadline: new Date(Date.now() - HOUR) });
        const user = await colleague();
        await createRegistration(t.prisma, { eventId: id, userId: user.id, at: new Date(Date.now() - DAY) });
        expect(await registered(user, id, 200)).toMatchObject({ status: 'REGISTERED' });
      });

      it('is open until the deadline', async () => {
        const { id } = await event({ registrationDeadline: new Date(Date.now() + HOUR) });
        expect(await registered(await colleague(), id)).toMatchObject({ status: 'REGISTERED' });
      });
    });

    it('answers 404 for an invited-agencies event the caller may not see, and writes nothing', async () => {
      const invited = await createAgency(t.prisma, { municipalityCodes: ['1780'] });
      const { id } = await event({ visibility: 'INVITED_AGENCIES', invitedAgencyIds: [invited.id] });
      expectError(await register(await colleague(), id), 404, 'NOT_FOUND');
      expectError(await unregister(await colleague(), id), 404, 'NOT_FOUND');
      expect(await rowsOf(id)).toEqual([]);

      const guest = await createPrincipal(t, world, 'member', { agencyId: invited.id });
      expect(await registered(guest, id)).toMatchObject({ status: 'REGISTERED' });
      const host = await createPrincipal(t, world, 'member');
      expect(await registered(host, id)).toMatchObject({ status: 'REGISTERED' });
    });

    it('answers 404 for an unknown event and 400 for a malformed id', async () => {
      const user = await colleague();
      expectError(await register(user, UNKNOWN_ID), 404, 'NOT_FOUND');
      expectValidationFailed(await register(user, 'not-a-uuid'), [{ path: ['id'], code: 'invalid_format', message: 'must be a UUID' }]);
    });

    it('requires a signed-in user', async () => {
      const { id } = await event();
      expectError(await asApp(request(t.http).post(`/api/events/${id}/registration`)), 401, 'UNAUTHENTICATED');
    });
  });

  describe('DELETE /api/events/:id/registration', () => {
    it('frees the seat, moves the first in the waitlist up and mails them after the commit', async () => {
      const { id, title } = await event({ capacity: 1 });
      const seated = await colleague();
      const first = await colleague();
      const second = await colleague();
      await registered(seated, id);
      await registered(first, id);
      await registered(second, id);

      await unregister(seated, id).expect(204);

      const rows = await rowsOf(id);
      expect(rows.map((row) => [row.userId, row.status])).toEqual([
        [first.id, 'REGISTERED'],
        [second.id, 'WAITLISTED'],
      ]);
      expect(rows[0]!.confirmedAt).not.toBeNull();
      expect(await registered(second, id, 200)).toEqual({ status: 'WAITLISTED', waitlistPosition: 1, registeredCount: 1, capacity: 1 });

      const mails = await mailsTo(t, first.email);
      expect(mails.map((mail) => mail.subject)).toEqual([PROMOTED_SUBJECT(title)]);
      const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
      expect(mails[0]!.text).toContain(`${publicUrl}/events/${id}`);
      expect(mails[0]!.text).toMatch(/Tid: \p{L}+ \d{1,2} \p{L}+ \d{4} kl\. \d{2}\.\d{2}–\d{2}\.\d{2}/u);
      expect(await mailsTo(t, second.email)).toEqual([]);
      expect(await mailsTo(t, seated.email)).toEqual([]);

      expect(await auditOf(id, 'event.unregistered')).toEqual([
        expect.objectContaining({ actorId: seated.id, targetType: 'event', targetId: id, details: { status: 'REGISTERED' } }),
      ]);
      expect(await auditOf(id, 'event.promoted')).toEqual([
        expect.objectContaining({ actorId: seated.id, targetType: 'event', targetId: id, details: { userId: first.id, userEmail: first.email } }),
      ]);
    });

    it('moves up in the order asked (queuedAt), not the order stored', async () => {
      const { id, title } = await event({ capacity: 1 });
      const seated = await colleague();
      const early = await colleague();
      const late = await colleague();
      const now = Date.now();
      await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date(now - 3 * HOUR) });
      await createRegistration(t.prisma, { eventId: id, userId: late.id, status: 'WAITLISTED', at: new Date(now - HOUR) });
      await createRegistration(t.prisma, { eventId: id, userId: early.id, status: 'WAITLISTED', at: new Date(now - 2 * HOUR) });

      await unregister(seated, id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([
        [early.id, 'REGISTERED'],
        [late.id, 'WAITLISTED'],
      ]);
      expect((await mailsTo(t, early.email)).map((mail) => mail.subject)).toEqual([PROMOTED_SUBJECT(title)]);
    });

    it('passes over a closed account in the waitlist, which keeps its place and gets no mail', async () => {
      const { id, title } = await event({ capacity: 1 });
      const seated = await colleague();
      const closed = await createUser(t.prisma, { agencyId: world.agencyB.id, disabledAt: new Date() });
      const next = await colleague();
      const now = Date.now();
      await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date(now - 3 * HOUR) });
      await createRegistration(t.prisma, { eventId: id, userId: closed.id, status: 'WAITLISTED', at: new Date(now - 2 * HOUR) });
      await createRegistration(t.prisma, { eventId: id, userId: next.id, status: 'WAITLISTED', at: new Date(now - HOUR) });

      await unregister(seated, id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([
        [closed.id, 'WAITLISTED'],
        [next.id, 'REGISTERED'],
      ]);
      expect((await mailsTo(t, next.email)).map((mail) => mail.subject)).toEqual([PROMOTED_SUBJECT(title)]);
      expect(await mailsTo(t, closed.email)).toEqual([]);
      expect(await auditOf(id, 'event.promoted')).toEqual([expect.objectContaining({ details: { userId: next.id, userEmail: next.email } })]);
    });

    it('answers 204 for a saved change when the promotion mail cannot be sent, logging whom it failed', async () => {
      const { id } = await event({ capacity: 1 });
      const seated = await colleague();
      const waiting = await colleague();
      await registered(seated, id);
      await registered(waiting, id);
      const mail = t.app.get(MailService);
      jest.spyOn(mail, 'send').mockRejectedValue(new Error('The mail server said no'));
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        await unregister(seated, id).expect(204);
        expect(logged).toHaveBeenCalledWith(expect.objectContaining({ to: waiting.email }), expect.any(String));
      } finally {
        jest.restoreAllMocks();
      }
      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([[waiting.id, 'REGISTERED']]);
    });

    it('gives up a waitlist place without moving anyone up', async () => {
      const { id } = await event({ capacity: 1 });
      const seated = await colleague();
      const first = await colleague();
      const second = await colleague();
      for (const user of [seated, first, second]) await registered(user, id);

      await unregister(first, id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([
        [seated.id, 'REGISTERED'],
        [second.id, 'WAITLISTED'],
      ]);
      expect(await registered(second, id, 200)).toMatchObject({ waitlistPosition: 1 });
      expect(await auditOf(id, 'event.promoted')).toEqual([]);
      expect(await mailsTo(t, second.email)).toEqual([]);
    });

    it('answers 404 when the caller has no registration', async () => {
      const { id } = await event();
      expectError(await unregister(await colleague(), id), 404, 'NOT_FOUND');
      expectError(await unregister(await colleague(), UNKNOWN_ID), 404, 'NOT_FOUND');
    });
  });

  describe('the participant list (GET /api/events/:id/participants)', () => {
    it('shows the organiser the registered in the order they got their seats and the waitlist in order', async () => {
      const { id } = await event({ capacity: 2 });
      const now = Date.now();
      const users = await Promise.all(Array.from({ length: 4 }, () => colleague()));
      // The second got their seat later than the first although they asked earlier (moved up).
      await createRegistration(t.prisma, { eventId: id, userId: users[0]!.id, at: new Date(now - 4 * HOUR) });
      await t.prisma.eventRegistration.create({
        data: { eventId: id, userId: users[1]!.id, status: 'REGISTERED', queuedAt: new Date(now - 5 * HOUR), confirmedAt: new Date(now - 3 * HOUR) },
      });
      await createRegistration(t.prisma, { eventId: id, userId: users[3]!.id, status: 'WAITLISTED', at: new Date(now - 2 * HOUR) });
      await createRegistration(t.prisma, { eventId: id, userId: users[2]!.id, status: 'WAITLISTED', at: new Date(now - HOUR) });

      const response = await participants(organiser, id).expect(200);
      const list = ParticipantListSchema.parse(response.body);
      expect(list.registered.map((p) => p.userId)).toEqual([users[0]!.id, users[1]!.id]);
      expect(list.waitlist.map((p) => p.userId)).toEqual([users[3]!.id, users[2]!.id]);
      expect(list.registered[1]).toEqual({
        userId: users[1]!.id,
        name: expect.stringMatching(/^Testperson /),
        email: users[1]!.email,
        agency: { id: world.agencyB.id, name: world.agencyB.name },
        queuedAt: new Date(now - 5 * HOUR).toISOString(),
        confirmedAt: new Date(now - 3 * HOUR).toISOString(),
      });
      expect(list.waitlist[0]!.confirmedAt).toBeNull();
    });

    it('is for the organiser, the organising agency’s editors and the coordinators; other members get 403', async () => {
      const { id } = await event();
      expectError(await participants(member, id), 403, 'FORBIDDEN');
      expectError(await participants(await colleague(), id), 403, 'FORBIDDEN');
      const editor = await createPrincipal(t, world, 'member', { isAgencyEditor: true });
      await participants(editor, id).expect(200);
      await participants(coordinator, id).expect(200);
      await participants(await createPrincipal(t, world, 'admin'), id).expect(200);
      // An editor of another agency is no organiser.
      expectError(await participants(await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id, isAgencyEditor: true }), id), 403, 'FORBIDDEN');
    });

    it('answers 404, not 403, for an event the caller may not see', async () => {
      const { id } = await event({ visibility: 'INVITED_AGENCIES' });
      expectError(await participants(await colleague(), id), 404, 'NOT_FOUND');
      expectError(await participants(organiser, UNKNOWN_ID), 404, 'NOT_FOUND');
    });
  });

  describe('the CSV export (GET /api/events/:id/participants/export)', () => {
    function exportCsv(principal: Principal, eventId: string) {
      return request(t.http)
        .get(`/api/events/${eventId}/participants/export`)
        .set('Cookie', principal.cookie)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
    }

    it('is a spreadsheet for Excel in Sweden, with formulas defused, and audited', async () => {
      const { id } = await event({ title: 'Nätverksträff: SSPF i Årjäng', capacity: 1 });
      const agency = await createAgency(t.prisma, { name: 'Fritid; Årjängs kommun', municipalityCodes: ['1765'] });
      const seated = await createUser(t.prisma, { agencyId: agency.id, name: 'Åsa Öberg' });
      const waiting = await createUser(t.prisma, { agencyId: agency.id, name: '=HYPERLINK("https://evil.example";"Klicka")' });
      await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date('2026-11-02T08:05:00Z') });
      await createRegistration(t.prisma, { eventId: id, userId: waiting.id, status: 'WAITLISTED', at: new Date('2026-06-10T22:30:00Z') });

      const response = await exportCsv(organiser, id).expect(200);

      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="deltagare-natverkstraff-sspf-i-arjang.csv"');
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
        'Status;Plats i kön;Namn;E-post;Organisation;Anmäld;Bekräftad',
        `Anmäld;;Åsa Öberg;${seated.email};"Fritid; Årjängs kommun";2026-11-02 09:05;2026-11-02 09:05`,
        `Väntelista;1;"'=HYPERLINK(""https://evil.example"";""Klicka"")";${waiting.email};"Fritid; Årjängs kommun";2026-06-11 00:30;`,
        '',
      ]);
      expect(await auditOf(id, 'event.participants_exported')).toEqual([
        expect.objectContaining({ actorId: organiser.id, targetType: 'event', targetId: id, details: { registered: 1, waitlisted: 1 } }),
      ]);
    });

    it('is refused as the list is (403 for other members, 404 when unseen)', async () => {
      const { id } = await event();
      expectError(await request(t.http).get(`/api/events/${id}/participants/export`).set('Cookie', member.cookie), 403, 'FORBIDDEN');
      const hidden = await event({ visibility: 'INVITED_AGENCIES' });
      const outsider = await colleague();
      expectError(await request(t.http).get(`/api/events/${hidden.id}/participants/export`).set('Cookie', outsider.cookie), 404, 'NOT_FOUND');
      expect(await auditOf(id, 'event.participants_exported')).toEqual([]);
    });
  });

  describe('DELETE /api/events/:id/participants/:userId (the organiser removes someone)', () => {
    it('removes a seat, mails the removed, moves the first waitlisted up and mails them', async () => {
      const { id, title } = await event({ capacity: 1 });
      const seated = await colleague();
      const waiting = await colleague();
      await registered(seated, id);
      await registered(waiting, id);

      await removeParticipant(organiser, id, seated.id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([[waiting.id, 'REGISTERED']]);
      const removedMails = await mailsTo(t, seated.email);
      expect(removedMails.map((mail) => mail.subject)).toEqual([REMOVED_SUBJECT(title)]);
      expect(removedMails[0]!.text).toContain('Arrangören har tagit bort din anmälan till');
      expect((await mailsTo(t, waiting.email)).map((mail) => mail.subject)).toEqual([PROMOTED_SUBJECT(title)]);
      expect(await auditOf(id, 'event.participant_removed')).toEqual([
        expect.objectContaining({ actorId: organiser.id, targetId: id, details: { userId: seated.id, userEmail: seated.email, status: 'REGISTERED' } }),
      ]);
      expect(await auditOf(id, 'event.promoted')).toEqual([
        expect.objectContaining({ actorId: organiser.id, targetId: id, details: { userId: waiting.id, userEmail: waiting.email } }),
      ]);
    });

    it('removes a waitlist place, also after the deadline, and tells them', async () => {
      const { id, title } = await event({ capacity: 1, registrationDeadline: new Date(Date.now() - HOUR) });
      const seated = await colleague();
      const waiting = await colleague();
      await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date(Date.now() - 2 * DAY) });
      await createRegistration(t.prisma, { eventId: id, userId: waiting.id, status: 'WAITLISTED', at: new Date(Date.now() - DAY) });

      await removeParticipant(coordinator, id, waiting.id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([[seated.id, 'REGISTERED']]);
      const mails = await mailsTo(t, waiting.email);
      expect(mails.map((mail) => mail.subject)).toEqual([REMOVED_SUBJECT(title)]);
      expect(mails[0]!.text).toContain('din plats på väntelistan');
      expect(await mailsTo(t, seated.email)).toEqual([]);
    });

    it('moves nobody up once the event has started', async () => {
      const { id } = await event({ capacity: 1, startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
      const seated = await colleague();
      const waiting = await colleague();
      await createRegistration(t.prisma, { eventId: id, userId: seated.id, at: new Date(Date.now() - 2 * DAY) });
      await createRegistration(t.prisma, { eventId: id, userId: waiting.id, status: 'WAITLISTED', at: new Date(Date.now() - DAY) });

      await removeParticipant(organiser, id, seated.id).expect(204);

      expect((await rowsOf(id)).map((row) => [row.userId, row.status])).toEqual([[waiting.id, 'WAITLISTED']]);
      expect(await mailsTo(t, waiting.email)).toEqual([]);
    });

    it('answers 404 for someone not on the list, 403 for other members, and 404 for an unseen event', async () => {
      const { id } = await event();
      const user = await colleague();
      expectError(await removeParticipant(organiser, id, user.id), 404, 'NOT_FOUND');
      await createRegistration(t.prisma, { eventId: id, userId: user.id });
      expectError(await removeParticipant(member, id, user.id), 403, 'FORBIDDEN');
      expect(await counts(id)).toEqual({ registered: 1, waitlisted: 0 });
      const hidden = await event({ visibility: 'INVITED_AGENCIES' });
      expectError(await removeParticipant(await colleague(), hidden.id, user.id), 404, 'NOT_FOUND');
      expectValidationFailed(await removeParticipant(organiser, id, 'nobody'), [{ path: ['userId'], code: 'invalid_format', message: 'must be a UUID' }]);
    });
  });
});
