import { JobRunSchema } from '@repo/contracts';
import { createAgency, createContact, createEvent, createRegistration, createUser, unique, type EventInput } from '@repo/test-factories';
import request from 'supertest';
import { JobQueue } from '../src/common/jobs/job-queue.service';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { EventRemindersService } from '../src/modules/event-reminders/event-reminders.service';
import { eventTimeText } from '../src/modules/events/event-time-text';
import { DAY, expectError, holdClock, HOUR, MINUTE, type HeldClock } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp } from './utils/principals';

const SUBJECT_PREFIX = 'Påminnelse: ';

/** The reminders mailed to an address, oldest first. */
function remindersTo(t: TestApp, to: string) {
  return t.prisma.outboxMail.findMany({ where: { to, subject: { startsWith: SUBJECT_PREFIX } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

function reminderAudits(t: TestApp, eventId: string) {
  return t.prisma.auditEvent.findMany({
    where: { action: 'event.reminder_sent', targetId: eventId },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { actorId: true, actorLabel: true, targetType: true, targetLabel: true, details: true },
  });
}

/**
 * Each test runs at a moment of its own, years ahead and a month apart, so events of the other
 * tests (and of the other test files, which run at the real time) are never in its window.
 */
let testSerial = 0;
const momentOfTest = () => new Date(Date.UTC(2032, 0, 5, 9, 0) + testSerial++ * 30 * DAY);

describe('the 24-hour event reminders', () => {
  let t: TestApp;
  let organiser: { id: string; name: string };
  let clock: HeldClock;
  beforeAll(async () => {
    t = await createTestApp();
    organiser = await createAgency(t.prisma, { municipalityCodes: ['1780'] });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    clock = holdClock(t, momentOfTest());
  });
  afterEach(() => jest.restoreAllMocks());

  const sweep = () => t.app.get(EventRemindersService).sweep();
  /** An event starting `startsIn` after the held clock's now, two hours long. */
  const eventIn = (startsIn: number, input: Partial<EventInput> = {}) =>
    createEvent(t.prisma, { organiserAgencyId: organiser.id, startsAt: new Date(clock.now.getTime() + startsIn), ...input });
  const participant = () => createUser(t.prisma, { agencyId: organiser.id });
  /** A participant with a seat (or a waitlist place) taken `ago` before the held clock's now. */
  const registered = async (eventId: string, { ago = 5 * DAY, status = 'REGISTERED' as 'REGISTERED' | 'WAITLISTED' } = {}) => {
    const user = await participant();
    await createRegistration(t.prisma, { eventId, userId: user.id, status, at: new Date(clock.now.getTime() - ago) });
    return user;
  };
  const registrationOf = (eventId: string, userId: string) => t.prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId, userId } } });

  it('mails a registered participant once, within 24 hours of the start, with the time, place, contact person, link and how to unregister', async () => {
    clock.set(new Date('2031-12-02T09:30:00Z'));
    const contactEmail = `${unique('kontakt')}@test.example`;
    const contact = await createContact(t.prisma, { agencyId: organiser.id, name: 'Karin Kontaktsson', email: contactEmail });
    const event = await createEvent(t.prisma, {
      organiserAgencyId: organiser.id,
      title: 'Tidiga tecken på radikalisering',
      startsAt: new Date('2031-12-03T08:00:00Z'),
      endsAt: new Date('2031-12-03T11:00:00Z'),
      place: 'Stadshuset, Karlstad',
      onlineUrl: 'https://meet.example/tidiga-tecken',
      contactId: contact.id,
    });
    const user = await registered(event.id);

    expect(await sweep()).toEqual({ sent: 1, failed: 0 });

    const [mail, ...more] = await remindersTo(t, user.email);
    expect(more).toEqual([]);
    const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
    expect(mail!.subject).toBe('Påminnelse: Tidiga tecken på radikalisering');
    expect(mail!.text).toContain(`Hej ${user.name}!`);
    expect(mail!.text).toContain('Du är anmäld till ”Tidiga tecken på radikalisering”, som börjar inom ett dygn.');
    expect(mail!.text).toContain('Tid: onsdag 3 december 2031 kl. 09.00–12.00');
    expect(mail!.text).toContain('Plats: Stadshuset, Karlstad');
    expect(mail!.text).toContain('Länk till mötet: https://meet.example/tidiga-tecken');
    expect(mail!.text).toContain(`Arrangör: ${organiser.name}`);
    expect(mail!.text).toContain(`Kontaktperson: Karin Kontaktsson, ${contactEmail}`);
    expect(mail!.text).toContain(`${publicUrl}/events/${event.id}`);
    expect(mail!.text).toContain('Avanmäl dig på evenemangets sida');
    expect(mail!.text).toContain('(English: a reminder that you are registered for this event, which starts within 24 hours');
    expect(mail!.text).toContain('— Samverkan Värmland');

    expect(await registrationOf(event.id, user.id)).toMatchObject({ remindedAt: clock.now });
    expect(await reminderAudits(t, event.id)).toEqual([
      {
        actorId: null,
        actorLabel: null,
        targetType: 'event',
        targetLabel: 'Tidiga tecken på radikalisering',
        details: { job: 'event-reminders', userId: user.id, startsAt: '2031-12-03T08:00:00.000Z' },
      },
    ]);
  });

  it('tells an online-only participant past the deadline to unregister too (open until the start), and names no archived contact', async () => {
    const contactEmail = `${unique('kontakt')}@test.example`;
    const contact = await createContact(t.prisma, { agencyId: organiser.id, name: 'Omar Organisatör', email: contactEmail });
    const event = await eventIn(20 * HOUR, {
      kind: 'WEBINAR',
      place: null,
      onlineUrl: 'https://webinar.example/cve',
      contactId: contact.id,
      registrationDeadline: new Date(clock.now.getTime() - DAY),
    });
    await t.prisma.contact.update({ where: { id: contact.id }, data: { archivedAt: clock.now } });
    const user = await registered(event.id);
    expect(await sweep()).toEqual({ sent: 1, failed: 0 });

    const [mail] = await remindersTo(t, user.email);
    expect(mail!.text).not.toContain('Plats:');
    expect(mail!.text).toContain('Länk till mötet: https://webinar.example/cve');
    expect(mail!.text).toContain('Avanmäl dig på evenemangets sida');
    expect(mail!.text).toContain('please unregister on the event page');
    expect(mail!.text).not.toContain('Kontaktperson:');
    expect(mail!.text).not.toContain('Omar Organisatör');
    expect(mail!.text).not.toContain(contactEmail);
  });

  it('reminds only those with a seat, at events that go ahead and start within the next 24 hours', async () => {
    const soon = await eventIn(23 * HOUR);
    const seated = await registered(soon.id);
    const waitlisted = await registered(soon.id, { status: 'WAITLISTED' });
    const disabled = await registered(soon.id);
    await t.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: clock.now } });
    // Got the seat exactly 24 hours before the start: reminded. Half an hour ago, 23.5 hours before
    // the start: the registration itself has just told them.
    const seatedAtTheLimit = await registered(soon.id, { ago: HOUR });
    const justConfirmed = await registered(soon.id, { ago: 30 * MINUTE });

    const cancelled = await eventIn(12 * HOUR, { cancelledAt: new Date(clock.now.getTime() - DAY) });
    const atCancelled = await registered(cancelled.id);
    const started = await eventIn(-HOUR, { endsAt: new Date(clock.now.getTime() + 2 * HOUR) });
    const atStarted = await registered(started.id);
    const later = await eventIn(25 * HOUR);
    const atLater = await registered(later.id);
    const allDay = await eventIn(6 * HOUR, { allDay: true, endsAt: new Date(clock.now.getTime() + 30 * HOUR) });
    const atAllDay = await registered(allDay.id);

    expect(await sweep()).toEqual({ sent: 3, failed: 0 });
    for (const user of [seated, seatedAtTheLimit, atAllDay]) expect(await remindersTo(t, user.email)).toHaveLength(1);
    for (const user of [waitlisted, disabled, justConfirmed, atCancelled, atStarted, atLater]) expect(await remindersTo(t, user.email)).toEqual([]);
    expect((await registrationOf(soon.id, waitlisted.id)).remindedAt).toBeNull();
    expect((await registrationOf(soon.id, justConfirmed.id)).remindedAt).toBeNull();

    // An hour later the next event is within 24 hours; the one that just confirmed stays told enough.
    clock.advance(HOUR + MINUTE);
    expect(await sweep()).toEqual({ sent: 1, failed: 0 });
    expect(await remindersTo(t, atLater.email)).toHaveLength(1);
    for (const user of [waitlisted, justConfirmed, atCancelled, atStarted]) expect(await remindersTo(t, user.email)).toEqual([]);
  });

  it('counts a promotion from the waitlist more than 24 hours before the start as a seat like any other', async () => {
    const event = await eventIn(20 * HOUR);
    const user = await participant();
    await t.prisma.eventRegistration.create({
      data: { eventId: event.id, userId: user.id, status: 'REGISTERED', queuedAt: new Date(clock.now.getTime() - 10 * DAY), confirmedAt: new Date(clock.now.getTime() - 2 * DAY) },
    });
    await sweep();
    expect(await remindersTo(t, user.email)).toHaveLength(1);
  });

  it('sends nothing new when it runs again', async () => {
    const event = await eventIn(22 * HOUR);
    const users = [await registered(event.id), await registered(event.id)];
    expect(await sweep()).toEqual({ sent: 2, failed: 0 });
    expect(await sweep()).toEqual({ sent: 0, failed: 0 });
    clock.advance(15 * MINUTE);
    expect(await sweep()).toEqual({ sent: 0, failed: 0 });
    for (const user of users) expect(await remindersTo(t, user.email)).toHaveLength(1);
    expect(await reminderAudits(t, event.id)).toHaveLength(2);
  });

  it('sends each participant exactly one reminder with sweeps running side by side, in one process and in two', async () => {
    const events = [await eventIn(21 * HOUR), await eventIn(23 * HOUR)];
    const users = [];
    for (const event of events) for (let i = 0; i < 8; i += 1) users.push({ eventId: event.id, user: await registered(event.id) });

    const other = await createTestApp();
    try {
      holdClock(other, clock.now);
      const sweepThere = () => other.app.get(EventRemindersService).sweep();
      const results = await Promise.all([sweep(), sweepThere(), sweep(), sweepThere()]);
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(users.length);
      expect(results.every((result) => result.failed === 0)).toBe(true);
    } finally {
      await other.close();
    }
    for (const { user } of users) expect(await remindersTo(t, user.email)).toHaveLength(1);
    for (const event of events) {
      const audits = await reminderAudits(t, event.id);
      expect(audits).toHaveLength(8);
      expect(new Set(audits.map((audit) => (audit.details as { userId: string }).userId)).size).toBe(8);
    }
  });

  it('reminds again for the new time when the time changes after the reminder', async () => {
    const event = await eventIn(20 * HOUR);
    const user = await registered(event.id);
    await sweep();
    const oldTime = eventTimeText({ startsAt: event.startsAt, endsAt: event.endsAt, allDay: false });
    expect((await remindersTo(t, user.email))[0]!.text).toContain(`Tid: ${oldTime}`);

    // What the events module does when an organiser moves the event: a new time, reminders cleared.
    const startsAt = new Date(clock.now.getTime() + 3 * DAY);
    const endsAt = new Date(startsAt.getTime() + 3 * HOUR);
    await t.prisma.$transaction([
      t.prisma.event.update({ where: { id: event.id }, data: { startsAt, endsAt, version: { increment: 1 } } }),
      t.prisma.eventRegistration.updateMany({ where: { eventId: event.id }, data: { remindedAt: null } }),
    ]);

    clock.advance(HOUR);
    expect(await sweep()).toEqual({ sent: 0, failed: 0 });
    clock.set(new Date(startsAt.getTime() - 23 * HOUR));
    expect(await sweep()).toEqual({ sent: 1, failed: 0 });

    const mails = await remindersTo(t, user.email);
    expect(mails).toHaveLength(2);
    const newTime = eventTimeText({ startsAt, endsAt, allDay: false });
    expect(newTime).not.toBe(oldTime);
    expect(mails[1]!.text).toContain(`Tid: ${newTime}`);
    expect((await reminderAudits(t, event.id)).map((audit) => (audit.details as { startsAt: string }).startsAt)).toEqual([
      event.startsAt.toISOString(),
      startsAt.toISOString(),
    ]);
  });
});

describe('the event reminder job on pg-boss', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Only this app of the file starts pg-boss; the config is read once, as the app is built.
    t = await withEnv({ JOBS_ENABLED: 'true' }, () => createTestApp());
  });
  afterAll(() => t.close());

  it('is scheduled every quarter of an hour, Swedish time', async () => {
    expect(await t.app.get(JobQueue).schedules()).toContainEqual({ name: 'event-reminders', cron: '*/15 * * * *', timeZone: 'Europe/Stockholm' });
  });

  it('sweeps when pg-boss runs it through the dev route', async () => {
    const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
    const event = await createEvent(t.prisma, { organiserAgencyId: agency.id, startsAt: new Date(Date.now() + 22 * HOUR) });
    const user = await createUser(t.prisma, { agencyId: agency.id });
    await createRegistration(t.prisma, { eventId: event.id, userId: user.id, at: new Date(Date.now() - 3 * DAY) });

    const run = JobRunSchema.parse((await asApp(request(t.http).post('/api/dev/jobs/event-reminders')).expect(200)).body);
    expect(run).toEqual({ jobId: expect.any(String), state: 'completed', output: expect.objectContaining({ failed: 0 }) });
    expect(run.output!.sent).toBeGreaterThanOrEqual(1);
    expect(await remindersTo(t, user.email)).toHaveLength(1);
  });

  it('is not there when mail goes out over SMTP, where it would mail real people', async () => {
    const app = await withEnv({ SMTP_URL: 'smtp://mail.invalid:587' }, () => createTestApp());
    try {
      expectError(await asApp(request(app.http).post('/api/dev/jobs/event-reminders')), 404, 'NOT_FOUND');
    } finally {
      await app.close();
    }
  });
});

/** Builds something with environment variables set, and puts them back as they were. */
async function withEnv<T>(values: Record<string, string>, build: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await build();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
