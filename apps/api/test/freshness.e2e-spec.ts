import { ContactVerificationSchema, JobRunSchema, STALE_AFTER_DAYS, VerificationQueuePageSchema, type ContactVerification } from '@repo/contracts';
import { createAgency, createContact, createUser, unique, type ContactInput } from '@repo/test-factories';
import request from 'supertest';
import { hashToken } from '../src/common/crypto/tokens';
import { JobQueue } from '../src/common/jobs/job-queue.service';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { FreshnessService } from '../src/modules/freshness/freshness.service';
import { DAY, expectError, expectValidationFailed, holdClock, type HeldClock } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, uniqueIp, type World } from './utils/principals';

const REQUEST_SUBJECT = 'Stämmer dina uppgifter i Samverkan Värmland?';
const REMINDER_SUBJECT = 'Påminnelse: stämmer dina uppgifter i Samverkan Värmland?';

/** The "still correct?" mails to an address, oldest first. */
function verificationMails(t: TestApp, to: string) {
  return t.prisma.outboxMail.findMany({ where: { to, text: { contains: '/verify-contact#token=' } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** The token of the mail's link `<PUBLIC_URL>/verify-contact#token=…`; fails when there is none. */
function tokenIn(t: TestApp, text: string): string {
  const prefix = `${t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL}/verify-contact#token=`;
  const start = text.indexOf(prefix);
  if (start < 0) throw new Error(`No ${prefix} link in the mail:\n${text}`);
  return /^[A-Za-z0-9_-]+/.exec(text.slice(start + prefix.length))![0];
}

function contactRow(t: TestApp, id: string) {
  return t.prisma.contact.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      phone: true,
      version: true,
      lastVerifiedAt: true,
      lastVerifiedById: true,
      verificationRequestedAt: true,
      verificationRemindedAt: true,
      verificationQueuedAt: true,
    },
  });
}

describe('the freshness loop', () => {
  let t: TestApp;
  let world: World;
  let clock: HeldClock;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    clock = holdClock(t, new Date());
  });
  afterEach(() => jest.restoreAllMocks());

  const sweep = () => t.app.get(FreshnessService).sweep();
  /** A contact last verified over a year before the held clock's now. */
  const staleContact = (overrides: Partial<ContactInput> = {}) =>
    createContact(t.prisma, { agencyId: world.agencyA.id, email: `${unique('stale')}@test.example`, lastVerifiedAt: new Date(clock.now.getTime() - (STALE_AFTER_DAYS + 30) * DAY), ...overrides });
  const emailOf = async (id: string) => (await t.prisma.contact.findUniqueOrThrow({ where: { id }, select: { email: true } })).email!;
  const preview = (token: string, ip = uniqueIp()) => asApp(request(t.http).post('/api/contact-verifications/preview'), { ip }).send({ token });
  const confirm = (token: string) => asApp(request(t.http).post('/api/contact-verifications/confirm')).send({ token });
  const selfUpdate = (body: object) => asApp(request(t.http).patch('/api/contact-verifications')).send(body);
  /** Sweeps and returns the token of the one "still correct?" mail the contact got. */
  const mailedToken = async (contactId: string) => {
    await sweep();
    const mails = await verificationMails(t, await emailOf(contactId));
    expect(mails).toHaveLength(1);
    return tokenIn(t, mails[0]!.text);
  };

  describe('the daily sweep', () => {
    it('mails each stale contact a link that works, and nobody else', async () => {
      const stale = await staleContact({ title: 'Fältsekreterare' });
      const neverVerified = await staleContact({ lastVerifiedAt: null });
      const fresh = await createContact(t.prisma, { agencyId: world.agencyA.id, email: `${unique('fresh')}@test.example`, lastVerifiedAt: clock.now });
      const archived = await staleContact();
      await t.prisma.contact.update({ where: { id: archived.id }, data: { archivedAt: clock.now } });

      await sweep();

      const [mail] = await verificationMails(t, await emailOf(stale.id));
      expect(mail).toMatchObject({ subject: REQUEST_SUBJECT });
      expect(mail!.text).toContain(`Hej ${stale.name}!`);
      expect(mail!.text).toContain(`som Fältsekreterare på ${world.agencyA.name}`);
      expect(mail!.text).toContain('&edit=1');
      expect(mail!.text).toContain('30 dagar');
      expect(await verificationMails(t, await emailOf(neverVerified.id))).toHaveLength(1);
      expect(await verificationMails(t, await emailOf(fresh.id))).toEqual([]);
      expect(await verificationMails(t, await emailOf(archived.id))).toEqual([]);

      // Only the hash of the token is stored; the link is good for thirty days.
      const token = tokenIn(t, mail!.text);
      const stored = await t.prisma.contactVerificationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
      expect(stored).toMatchObject({ contactId: stale.id, usedAt: null, expiresAt: new Date(clock.now.getTime() + 30 * DAY) });
      expect(await contactRow(t, stale.id)).toMatchObject({ verificationRequestedAt: clock.now, verificationRemindedAt: null, verificationQueuedAt: null });
      expect(await t.prisma.auditEvent.findMany({ where: { targetId: stale.id }, select: { action: true, actorId: true, details: true } })).toEqual([
        { action: 'contact.verification_requested', actorId: null, details: { job: 'roster-freshness' } },
      ]);

      const shown = ContactVerificationSchema.parse((await preview(token).expect(200)).body);
      expect(shown).toMatchObject({ name: stale.name, agencyName: world.agencyA.name, title: 'Fältsekreterare', version: stale.version });
      expect(shown.availableCompetences.map((competence) => competence.slug)).toContain('avhopparstod');
    });

    it('sends nothing new when it runs again', async () => {
      const stale = await staleContact();
      await sweep();
      await sweep();
      clock.advance(DAY);
      await sweep();
      expect(await verificationMails(t, await emailOf(stale.id))).toHaveLength(1);
      expect(await t.prisma.contactVerificationToken.count({ where: { contactId: stale.id } })).toBe(1);
    });

    it('reminds after fourteen days with a new link, and hands the contact to the coordinators fourteen days later', async () => {
      const stale = await staleContact();
      const email = await emailOf(stale.id);
      const asked = clock.now;
      const first = await mailedToken(stale.id);

      clock.advance(13 * DAY);
      await sweep();
      expect(await verificationMails(t, email)).toHaveLength(1);

      clock.advance(DAY);
      await sweep();
      await sweep();
      const mails = await verificationMails(t, email);
      expect(mails.map((mail) => mail.subject)).toEqual([REQUEST_SUBJECT, REMINDER_SUBJECT]);
      const second = tokenIn(t, mails[1]!.text);
      expect(second).not.toBe(first);
      expect(mails[1]!.text).toContain('14 dagar');
      const reminded = clock.now;
      expect(await contactRow(t, stale.id)).toMatchObject({ verificationRequestedAt: asked, verificationRemindedAt: reminded, verificationQueuedAt: null });
      // Both links work until one of them is used.
      await preview(first).expect(200);
      await preview(second).expect(200);

      clock.advance(13 * DAY);
      await sweep();
      expect((await contactRow(t, stale.id)).verificationQueuedAt).toBeNull();

      clock.advance(DAY);
      await sweep();
      const queuedAt = clock.now;
      clock.advance(DAY);
      await sweep();
      expect(await contactRow(t, stale.id)).toMatchObject({ verificationRequestedAt: asked, verificationRemindedAt: reminded, verificationQueuedAt: queuedAt });
      expect(await verificationMails(t, email)).toHaveLength(2);
      expect((await t.prisma.auditEvent.findMany({ where: { targetId: stale.id }, orderBy: { at: 'asc' }, select: { action: true } })).map((e) => e.action)).toEqual([
        'contact.verification_requested',
        'contact.verification_reminded',
        'contact.verification_queued',
      ]);

      const admin = await createPrincipal(t, world, 'admin');
      const queue = VerificationQueuePageSchema.parse((await asApp(request(t.http).get('/api/verification-queue?pageSize=100'), { cookie: admin.cookie }).expect(200)).body);
      expect(queue.items.find((item) => item.id === stale.id)).toEqual({
        id: stale.id,
        name: stale.name,
        title: null,
        email,
        phone: null,
        agency: { id: world.agencyA.id, name: world.agencyA.name },
        lastVerifiedAt: expect.any(String),
        verificationRequestedAt: asked.toISOString(),
        verificationRemindedAt: reminded.toISOString(),
        verificationQueuedAt: queuedAt.toISOString(),
      });
    });

    it('never takes a step twice, even with sweeps running side by side', async () => {
      const contacts = await Promise.all(Array.from({ length: 12 }, () => staleContact()));
      await Promise.all([sweep(), sweep(), sweep()]);
      for (const contact of contacts) {
        expect(await verificationMails(t, await emailOf(contact.id))).toHaveLength(1);
        expect(await t.prisma.contactVerificationToken.count({ where: { contactId: contact.id } })).toBe(1);
        expect(await t.prisma.auditEvent.count({ where: { targetId: contact.id, action: 'contact.verification_requested' } })).toBe(1);
      }

      clock.advance(14 * DAY);
      await Promise.all([sweep(), sweep()]);
      for (const contact of contacts) {
        expect((await verificationMails(t, await emailOf(contact.id))).map((mail) => mail.subject)).toEqual([REQUEST_SUBJECT, REMINDER_SUBJECT]);
      }
    });

    it('hands a stale contact without an address straight to the coordinators', async () => {
      const unreachable = await staleContact({ email: null });
      await sweep();
      expect(await contactRow(t, unreachable.id)).toMatchObject({ verificationRequestedAt: null, verificationQueuedAt: clock.now });
      expect(await t.prisma.auditEvent.findFirst({ where: { targetId: unreachable.id }, select: { action: true, details: true } })).toEqual({
        action: 'contact.verification_queued',
        details: { job: 'roster-freshness', reason: 'no_email' },
      });
    });

    it('starts over when a contact verified since goes stale again', async () => {
      const contact = await staleContact();
      // Asked and queued in an earlier year; verified since by a path that left the fields as they were.
      const longAgo = new Date(clock.now.getTime() - 800 * DAY);
      await t.prisma.contact.update({
        where: { id: contact.id },
        data: { verificationRequestedAt: longAgo, verificationRemindedAt: longAgo, verificationQueuedAt: longAgo, lastVerifiedAt: new Date(clock.now.getTime() - 400 * DAY) },
      });
      await sweep();
      expect(await verificationMails(t, await emailOf(contact.id))).toHaveLength(1);
      expect(await contactRow(t, contact.id)).toMatchObject({ verificationRequestedAt: clock.now, verificationRemindedAt: null, verificationQueuedAt: null });
    });
  });

  describe('the mailed link', () => {
    it('confirms the details as they are with one click, once', async () => {
      const contact = await staleContact({ title: 'Rektor' });
      const token = await mailedToken(contact.id);
      clock.advance(2 * DAY);

      const confirmed = await confirm(token).expect(204);
      expect(confirmed.text).toBe('');
      expect(await contactRow(t, contact.id)).toEqual({
        title: 'Rektor',
        phone: null,
        version: contact.version,
        lastVerifiedAt: clock.now,
        lastVerifiedById: null,
        verificationRequestedAt: null,
        verificationRemindedAt: null,
        verificationQueuedAt: null,
      });
      expect(await t.prisma.contactVerificationToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { usedAt: true } })).toEqual({ usedAt: clock.now });
      expect(await t.prisma.auditEvent.findFirst({ where: { targetId: contact.id, action: 'contact.verified' }, select: { actorId: true, actorLabel: true, details: true } })).toEqual({
        actorId: null,
        actorLabel: await emailOf(contact.id),
        details: { via: 'verification_link' },
      });

      expectError(await confirm(token), 410, 'LINK_INVALID');
      expectError(await preview(token), 410, 'LINK_INVALID');
      // Fresh again: the next sweeps leave the contact alone.
      clock.advance(20 * DAY);
      await sweep();
      expect(await verificationMails(t, await emailOf(contact.id))).toHaveLength(1);
    });

    it('records the account of a contact who has one as the verifier, and uses up the older link too', async () => {
      const user = await createUser(t.prisma, { agencyId: world.agencyA.id });
      const contact = await staleContact({ userId: user.id, email: user.email });
      const first = await mailedToken(contact.id);
      clock.advance(14 * DAY);
      await sweep();
      const second = tokenIn(t, (await verificationMails(t, user.email))[1]!.text);

      await confirm(second).expect(204);
      expect((await contactRow(t, contact.id)).lastVerifiedById).toBe(user.id);
      expectError(await preview(first), 410, 'LINK_INVALID');
    });

    it('updates the contact’s own details, which also confirms them', async () => {
      const contact = await staleContact({ title: 'Kurator' });
      const token = await mailedToken(contact.id);
      const { version } = ContactVerificationSchema.parse((await preview(token).expect(200)).body);

      const response = await selfUpdate({
        token,
        version,
        title: 'Skolkurator',
        phone: '070-174 06 12',
        askMeAbout: 'Samtal med unga som oroar sig.',
        languages: ['sv', 'ar'],
        awayUntil: '2027-03-01',
        competenceSlugs: ['samtalsstod', 'anhorigstod'],
      }).expect(200);
      const saved: ContactVerification = ContactVerificationSchema.parse(response.body);
      expect(saved).toMatchObject({
        title: 'Skolkurator',
        phone: '070-174 06 12',
        askMeAbout: 'Samtal med unga som oroar sig.',
        languages: ['sv', 'ar'],
        awayUntil: '2027-03-01',
        version: version + 1,
        lastVerifiedAt: clock.now.toISOString(),
      });
      expect(saved.competences.map((competence) => competence.slug).sort()).toEqual(['anhorigstod', 'samtalsstod']);
      expect(await contactRow(t, contact.id)).toMatchObject({ lastVerifiedAt: clock.now, verificationRequestedAt: null, version: version + 1 });
      expect(await t.prisma.auditEvent.findFirst({ where: { targetId: contact.id, action: 'contact.updated' }, select: { details: true } })).toEqual({
        details: { fields: ['title', 'phone', 'askMeAbout', 'languages', 'awayUntil', 'competenceSlugs'], via: 'verification_link' },
      });
      expectError(await selfUpdate({ token, version: version + 1, title: 'Rektor' }), 410, 'LINK_INVALID');
    });

    it('refuses an update over someone else’s change with 412, and the link still works', async () => {
      const contact = await staleContact({ title: 'Kurator' });
      const token = await mailedToken(contact.id);
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      await asApp(request(t.http).patch(`/api/contacts/${contact.id}`), { cookie: coordinator.cookie }).send({ version: contact.version, phone: '054-123 45' }).expect(200);

      const conflict = expectError(await selfUpdate({ token, version: contact.version, title: 'Rektor' }), 412, 'VERSION_CONFLICT');
      expect(conflict.details).toEqual({ currentVersion: contact.version + 1 });
      expect(await contactRow(t, contact.id)).toMatchObject({ title: 'Kurator', phone: '054-123 45' });
      const reloaded = ContactVerificationSchema.parse((await preview(token).expect(200)).body);
      expect(reloaded).toMatchObject({ version: contact.version + 1, phone: '054-123 45' });
      await selfUpdate({ token, version: reloaded.version, title: 'Rektor' }).expect(200);
    });

    it('refuses bad input with the field and writes nothing', async () => {
      const contact = await staleContact({ title: 'Kurator' });
      const token = await mailedToken(contact.id);

      expectValidationFailed(await selfUpdate({ token, version: contact.version, languages: ['svenska'] }), [
        { path: ['languages', 0], code: 'invalid_format', message: 'must be an ISO 639 language code such as sv, en or ar' },
      ]);
      expectValidationFailed(await selfUpdate({ token, version: contact.version, title: 'x'.repeat(201) }), [{ path: ['title'], code: 'too_big' }]);
      expectValidationFailed(await selfUpdate({ token, version: contact.version, awayUntil: '1 mars' }), [{ path: ['awayUntil'], code: 'invalid_format' }]);
      // Name, address and agency stay with the coordinators.
      expectValidationFailed(await selfUpdate({ token, version: contact.version, name: 'Någon Annan', email: 'annan@test.example' }), [
        { path: [], code: 'unrecognized_keys' },
      ]);
      expectValidationFailed(await selfUpdate({ token, version: contact.version, competenceSlugs: ['astrologi'] }), [
        { path: ['competenceSlugs'], code: 'not_found', message: 'Unknown competence: astrologi.' },
      ]);
      expectValidationFailed(await preview('kort'), [{ path: ['token'], code: 'too_small' }]);

      expect(await contactRow(t, contact.id)).toMatchObject({ title: 'Kurator', version: contact.version, verificationRequestedAt: clock.now });
      await preview(token).expect(200);
    });

    it('answers 410 for an unknown or expired link, and for a contact archived since', async () => {
      expectError(await preview('a'.repeat(43)), 410, 'LINK_INVALID');
      expectError(await confirm('a'.repeat(43)), 410, 'LINK_INVALID');
      expectError(await selfUpdate({ token: 'a'.repeat(43), version: 1, title: 'Rektor' }), 410, 'LINK_INVALID');

      const expiring = await staleContact();
      const expired = await mailedToken(expiring.id);
      clock.advance(30 * DAY + 1);
      expectError(await preview(expired), 410, 'LINK_INVALID');
      expectError(await confirm(expired), 410, 'LINK_INVALID');
      expect((await contactRow(t, expiring.id)).lastVerifiedAt!.getTime()).toBeLessThan(clock.now.getTime() - STALE_AFTER_DAYS * DAY);

      const leaving = await staleContact();
      const token = await mailedToken(leaving.id);
      await t.prisma.contact.update({ where: { id: leaving.id }, data: { archivedAt: clock.now } });
      expectError(await confirm(token), 410, 'LINK_INVALID');
    });

    it('limits how often one client address may use links', async () => {
      const ip = uniqueIp();
      for (let attempt = 0; attempt < 60; attempt += 1) expectError(await preview(`${'b'.repeat(40)}${attempt}`, ip), 410, 'LINK_INVALID');
      expectError(await preview('b'.repeat(43), ip), 429, 'RATE_LIMITED');
      expectError(await preview('b'.repeat(43)), 410, 'LINK_INVALID');
    });
  });

  describe('the coordinators’ verification queue', () => {
    /** A contact of `agencyId` that has gone through the whole loop unanswered. */
    const queuedContact = async (agencyId: string) => {
      const contact = await staleContact({ agencyId });
      const longAgo = new Date(clock.now.getTime() - 40 * DAY);
      await t.prisma.contact.update({
        where: { id: contact.id },
        data: { verificationRequestedAt: longAgo, verificationRemindedAt: new Date(longAgo.getTime() + 14 * DAY), verificationQueuedAt: new Date(longAgo.getTime() + 28 * DAY) },
      });
      return contact;
    };
    const queueOf = async (cookie: string, query = 'pageSize=100') =>
      VerificationQueuePageSchema.parse((await asApp(request(t.http).get(`/api/verification-queue?${query}`), { cookie }).expect(200)).body);
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

    it('shows coordinators the contacts of agencies in their municipalities, administrators all, members nothing', async () => {
      const inArvika = await queuedContact(world.agencyA.id);
      const inKil = await queuedContact(world.agencyB.id);
      const regional = await createAgency(t.prisma, { municipalityCodes: ['1784', '1715'] });
      const inBoth = await queuedContact(regional.id);
      const askedOnly = await staleContact();
      await t.prisma.contact.update({ where: { id: askedOnly.id }, data: { verificationRequestedAt: clock.now } });

      const arvika = ids(await queueOf((await createPrincipal(t, world, 'coordinatorInScope')).cookie));
      expect(arvika).toEqual(expect.arrayContaining([inArvika.id, inBoth.id]));
      expect(arvika).not.toContain(inKil.id);
      const kil = ids(await queueOf((await createPrincipal(t, world, 'coordinatorOutOfScope')).cookie));
      expect(kil).toEqual(expect.arrayContaining([inKil.id, inBoth.id]));
      expect(kil).not.toContain(inArvika.id);
      const all = ids(await queueOf((await createPrincipal(t, world, 'admin')).cookie));
      expect(all).toEqual(expect.arrayContaining([inArvika.id, inKil.id, inBoth.id]));
      expect(all).not.toContain(askedOnly.id);

      const member = await createPrincipal(t, world, 'member');
      expectError(await asApp(request(t.http).get('/api/verification-queue'), { cookie: member.cookie }), 403, 'FORBIDDEN');
      expectError(await asApp(request(t.http).get('/api/verification-queue')), 401, 'UNAUTHENTICATED');
    });

    it('pages through the queue, longest waiting first', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1766'] });
      await queuedContact(agency.id);
      await queuedContact(agency.id);
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope', { scopeMunicipalityCodes: ['1766'] });
      const first = await queueOf(coordinator.cookie, 'page=1&pageSize=1');
      const second = await queueOf(coordinator.cookie, 'page=2&pageSize=1');
      expect(first).toMatchObject({ page: 1, pageSize: 1 });
      expect(first.total).toBeGreaterThanOrEqual(2);
      expect(first.items).toHaveLength(1);
      expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
      expect(first.items[0]!.verificationQueuedAt <= second.items[0]!.verificationQueuedAt).toBe(true);
      expectValidationFailed(await asApp(request(t.http).get('/api/verification-queue?pageSize=1000'), { cookie: coordinator.cookie }), [
        { path: ['pageSize'], code: 'too_big' },
      ]);
    });

    it('lets a coordinator verify, update or archive from the queue, which takes the contact out of it', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      const send = (method: 'post' | 'patch', path: string, body: object = {}) => asApp(request(t.http)[method](path), { cookie: coordinator.cookie }).send(body);
      const verified = await queuedContact(world.agencyA.id);
      const updated = await queuedContact(world.agencyA.id);
      const archived = await queuedContact(world.agencyA.id);
      const outOfScope = await queuedContact(world.agencyB.id);

      await send('post', `/api/contacts/${verified.id}/verify`).expect(200);
      await send('patch', `/api/contacts/${updated.id}`, { version: updated.version, phone: '0570-818 00' }).expect(200);
      await send('post', `/api/contacts/${archived.id}/archive`).expect(204);
      await send('post', `/api/contacts/${outOfScope.id}/verify`).expect(403);

      expect(await contactRow(t, verified.id)).toMatchObject({ lastVerifiedAt: clock.now, lastVerifiedById: coordinator.id, verificationRequestedAt: null, verificationRemindedAt: null, verificationQueuedAt: null });
      expect(await contactRow(t, updated.id)).toMatchObject({ lastVerifiedAt: clock.now, verificationRequestedAt: null, verificationRemindedAt: null, verificationQueuedAt: null });
      const queue = ids(await queueOf(coordinator.cookie));
      for (const contact of [verified, updated, archived]) expect(queue).not.toContain(contact.id);
      expect(ids(await queueOf((await createPrincipal(t, world, 'admin')).cookie))).toContain(outOfScope.id);
    });
  });
});

describe('the freshness job on pg-boss', () => {
  let t: TestApp;
  let isClosed = false;
  beforeAll(async () => {
    // Only this app of the file starts pg-boss; the config is read once, as the app is built.
    const setting = process.env.JOBS_ENABLED;
    process.env.JOBS_ENABLED = 'true';
    try {
      t = await createTestApp();
    } finally {
      if (setting === undefined) delete process.env.JOBS_ENABLED;
      else process.env.JOBS_ENABLED = setting;
    }
  });
  afterAll(async () => {
    if (!isClosed) await t.close();
  });

  const jobConnections = async (db: TestApp['prisma']) =>
    (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'samverkan-jobs'`)[0]!.n;

  it('is scheduled for seven every morning, Swedish time', async () => {
    expect(await t.app.get(JobQueue).schedules()).toContainEqual({ name: 'roster-freshness', cron: '0 7 * * *', timeZone: 'Europe/Stockholm' });
  });

  it('sweeps when pg-boss runs it, and stops with the app', async () => {
    const world = await createWorld(t);
    const email = `${unique('job')}@test.example`;
    await createContact(t.prisma, { agencyId: world.agencyA.id, email, lastVerifiedAt: new Date(Date.now() - 400 * DAY) });

    // The dev route sends the job to pg-boss and answers once the worker has run it.
    const run = JobRunSchema.parse((await asApp(request(t.http).post('/api/dev/jobs/roster-freshness')).expect(200)).body);
    expect(run).toEqual({ jobId: expect.any(String), state: 'completed', output: expect.objectContaining({ failed: 0 }) });
    expect(run.output!.request).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(JobQueue).stateOf('roster-freshness', run.jobId)).toEqual({ state: 'completed', output: run.output });
    expect(await verificationMails(t, email)).toHaveLength(1);

    // The shutdown path: pg-boss stops and closes its connections, then the app its pool.
    expect(await jobConnections(t.prisma)).toBeGreaterThan(0);
    const observer = await createTestApp();
    try {
      const closing = Date.now();
      await t.close();
      isClosed = true;
      expect(Date.now() - closing).toBeLessThan(5_000);
      expect(await jobConnections(observer.prisma)).toBe(0);
    } finally {
      await observer.close();
    }
  });

  it('is off in an app configured without jobs, and says so', async () => {
    const app = await createTestApp();
    try {
      expect(app.app.get(JobQueue).isEnabled).toBe(false);
      expectError(await asApp(request(app.http).post('/api/dev/jobs/roster-freshness')), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      await app.close();
    }
  });
});
