import { CalendarFeedsSchema, EventSchema, type CalendarFeeds } from '@repo/contracts';
import { createAgency, createContact, createEvent, createRegistration, createUser, type EventInput } from '@repo/test-factories';
import request, { type Response } from 'supertest';
import { IDLE_EXPIRY_HEADER } from '../src/common/access/access.guard';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { SIGNATURE_TTL_MS } from '../src/modules/calendar/calendar.service';
import { expectError, holdClock, sessionRow } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { parseIcs, physicalLines, utcInstant } from './utils/ical';
import { asApp, createPrincipal, createWorld, sessionCookie, type Principal, type World } from './utils/principals';

const DAY = 86_400_000;
const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

describe('iCalendar: .ics downloads and calendar feeds', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const inDays = (days: number, hourUtc = 8) => {
    const at = new Date(Date.now() + days * DAY);
    at.setUTCHours(hourUtc, 0, 0, 0);
    return at;
  };

  /** An event in agency A's name (Arvika), a week or so ahead unless told otherwise. */
  const eventOfA = (input: Partial<EventInput> = {}) => createEvent(t.prisma, { organiserAgencyId: world.agencyA.id, startsAt: inDays(7), ...input });

  const ics = (eventId: string, who?: Principal) => {
    const test = request(t.http).get(`/api/events/${eventId}/ics`);
    return who ? test.set('Cookie', who.cookie) : test;
  };

  /** Turns the feed addresses on (or renews them) for a principal. */
  async function feedsFor(who: Principal): Promise<CalendarFeeds & { personalUrl: string; networkUrl: string }> {
    const response = await asApp(request(t.http).post('/api/calendar/feeds'), { cookie: who.cookie }).expect(201);
    const feeds = CalendarFeedsSchema.parse(response.body);
    if (!feeds.personalUrl || !feeds.networkUrl) throw new Error('No feed addresses');
    return { ...feeds, personalUrl: feeds.personalUrl, networkUrl: feeds.networkUrl };
  }

  /** Fetches a feed as a calendar app does: no cookie, no special headers. */
  function fetchFeed(url: string, query = '', headers: Record<string, string> = {}) {
    const address = new URL(url);
    const test = request(t.http).get(`${address.pathname}${query}`);
    for (const [name, value] of Object.entries(headers)) test.set(name, value);
    return test;
  }

  async function feedEvents(url: string, query = '') {
    const response = await fetchFeed(url, query).expect(200);
    expectCalendarResponse(response);
    return parseIcs(response.text).events;
  }

  const uids = (events: { uid: string }[]) => events.map((event) => event.uid);
  const uidOf = (eventId: string) => `${eventId}@samverkan-varmland`;

  function expectCalendarResponse(response: Response) {
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    for (const line of physicalLines(response.text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  }

  describe('GET /api/events/:id/ics', () => {
    it('downloads one event as an attachment named after its title, readable by ical.js', async () => {
      const member = await createPrincipal(t, world, 'member');
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id, email: 'kontakt.arvika@test.example' });
      const event = await eventOfA({
        title: 'Nätverksträff: SSPF, Arvika; höst',
        description: 'Dagordning:\n1. Lägesbild, åäö\n2. Övrigt; frågor',
        kind: 'NETWORK_MEETING',
        onlineUrl: 'https://meet.example.se/sspf',
        contactId: contact.id,
      });

      const response = await ics(event.id, member).expect(200);
      expectCalendarResponse(response);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="natverkstraff-sspf-arvika-host.ics"; filename*=UTF-8''N%C3%A4tverkstr%C3%A4ff%20SSPF%2C%20Arvika%3B%20h%C3%B6st.ics`,
      );
      const { calendar, events } = parseIcs(response.text);
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
      expect(events).toHaveLength(1);
      const [parsed] = events;
      expect(parsed!.uid).toBe(uidOf(event.id));
      expect(parsed!.sequence).toBe(0);
      expect(parsed!.summary).toBe('Nätverksträff: SSPF, Arvika; höst');
      expect(parsed!.location).toBe('Stadshuset, Karlstad');
      const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
      expect(parsed!.description).toBe(
        `Dagordning:\n1. Lägesbild, åäö\n2. Övrigt; frågor\n\nEvenemangssida: ${publicUrl}/events/${event.id}\n\nMöteslänk: https://meet.example.se/sspf`,
      );
      expect(parsed!.component.getFirstPropertyValue('url')).toBe(`${publicUrl}/events/${event.id}`);
      expect(parsed!.component.getFirstPropertyValue('categories')).toBe('Nätverksträff');
      expect(parsed!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(parsed!.component.getFirstProperty('organizer')!.getParameter('cn')).toBe(world.agencyA.name);
      expect(parsed!.component.getFirstPropertyValue('organizer')).toBe('mailto:kontakt.arvika@test.example');
      expect(utcInstant(parsed!.startDate)).toBe(event.startsAt.toISOString());
      expect(utcInstant(parsed!.endDate)).toBe(event.endsAt.toISOString());
    });

    it('writes an event across the October change to winter time with the right instants', async () => {
      const member = await createPrincipal(t, world, 'member');
      // Saturday 24 October 2026 22:00 to Sunday 25 October 04:00, Swedish time.
      const event = await eventOfA({ startsAt: new Date('2026-10-24T20:00:00Z'), endsAt: new Date('2026-10-25T03:00:00Z') });
      const response = await ics(event.id, member).expect(200);
      expect(response.text).toContain('DTSTART;TZID=Europe/Stockholm:20261024T220000');
      expect(response.text).toContain('DTEND;TZID=Europe/Stockholm:20261025T040000');
      const [parsed] = parseIcs(response.text).events;
      expect(parsed!.startDate.zone?.tzid).toBe('Europe/Stockholm');
      expect(utcInstant(parsed!.startDate)).toBe('2026-10-24T20:00:00.000Z');
      expect(utcInstant(parsed!.endDate)).toBe('2026-10-25T03:00:00.000Z');
    });

    it('writes an event across the March change to summer time with the right instants', async () => {
      const member = await createPrincipal(t, world, 'member');
      // Saturday 27 March 2027 20:00 to Sunday 28 March 10:00: the clocks go from 02:00 to 03:00 between.
      const event = await eventOfA({ startsAt: new Date('2027-03-27T19:00:00Z'), endsAt: new Date('2027-03-28T08:00:00Z') });
      const response = await ics(event.id, member).expect(200);
      expect(response.text).toContain('DTSTART;TZID=Europe/Stockholm:20270327T200000');
      expect(response.text).toContain('DTEND;TZID=Europe/Stockholm:20270328T100000');
      const [parsed] = parseIcs(response.text).events;
      expect(utcInstant(parsed!.startDate)).toBe('2027-03-27T19:00:00.000Z');
      expect(utcInstant(parsed!.endDate)).toBe('2027-03-28T08:00:00.000Z');
    });

    it('writes all-day events as DATE values that end the day after the last', async () => {
      const member = await createPrincipal(t, world, 'member');
      // 3–4 December 2026 in Sweden.
      const event = await eventOfA({ allDay: true, startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-04T23:00:00Z') });
      const response = await ics(event.id, member).expect(200);
      expect(response.text).toContain('\r\nDTSTART;VALUE=DATE:20261203\r\n');
      expect(response.text).toContain('\r\nDTEND;VALUE=DATE:20261205\r\n');
      const [parsed] = parseIcs(response.text).events;
      expect(parsed!.startDate.isDate).toBe(true);
      expect([parsed!.startDate.toString(), parsed!.endDate.toString()]).toEqual(['2026-12-03', '2026-12-05']);
    });

    it('folds long lines at 75 octets and the text unfolds unchanged', async () => {
      const member = await createPrincipal(t, world, 'member');
      const description = `${'Våldsbejakande extremism, tidiga tecken; samverkan över gränser. '.repeat(30)}Slut.`;
      const event = await eventOfA({ description });
      const response = await ics(event.id, member).expect(200);
      expectCalendarResponse(response);
      expect(physicalLines(response.text).filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
      expect(parseIcs(response.text).events[0]!.description?.startsWith(description)).toBe(true);
    });

    it('answers 404 for an unknown event and for one of invited agencies the caller may not see, 400 for a bad id', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectError(await ics(UNKNOWN_ID, member), 404, 'NOT_FOUND');
      const hidden = await createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, visibility: 'INVITED_AGENCIES' });
      expectError(await ics(hidden.id, member), 404, 'NOT_FOUND');
      // The invited agency sees it, and so do those who manage every event.
      const invited = await createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, visibility: 'INVITED_AGENCIES', invitedAgencyIds: [world.agencyA.id] });
      await ics(invited.id, member).expect(200);
      await ics(hidden.id, await createPrincipal(t, world, 'coordinatorInScope')).expect(200);
      expectError(await ics('not-a-uuid', member), 400, 'VALIDATION_FAILED');
      expectError(await ics(hidden.id), 401, 'UNAUTHENTICATED');
    });

    it('raises SEQUENCE on every change, keeps the UID, and marks a cancelled event CANCELLED', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      const event = await eventOfA();
      const first = parseIcs((await ics(event.id, coordinator).expect(200)).text).events[0]!;
      expect([first.uid, first.sequence]).toEqual([uidOf(event.id), 0]);

      const patched = await asApp(request(t.http).patch(`/api/events/${event.id}`), { cookie: coordinator.cookie })
        .send({ version: 1, title: 'Utbildning, ny titel' })
        .expect(200);
      const { version } = EventSchema.parse(patched.body);
      const second = parseIcs((await ics(event.id, coordinator).expect(200)).text).events[0]!;
      expect([second.uid, second.sequence, second.summary]).toEqual([uidOf(event.id), 1, 'Utbildning, ny titel']);
      expect(second.component.getFirstPropertyValue('dtstamp')!.toString() >= first.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(true);

      await asApp(request(t.http).post(`/api/events/${event.id}/cancel`), { cookie: coordinator.cookie }).send({ version }).expect(200);
      const third = parseIcs((await ics(event.id, coordinator).expect(200)).text).events[0]!;
      expect([third.uid, third.sequence]).toEqual([uidOf(event.id), 2]);
      expect(third.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('shows the same changes in the feeds: SEQUENCE raised, then CANCELLED, under the same UID', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      const event = await eventOfA();
      await createRegistration(t.prisma, { eventId: event.id, userId: coordinator.id });
      const { personalUrl, networkUrl } = await feedsFor(coordinator);
      const inFeeds = async () => {
        const found = [...(await feedEvents(personalUrl)), ...(await feedEvents(networkUrl))].filter((parsed) => parsed.uid === uidOf(event.id));
        expect(found).toHaveLength(2);
        return found.map((parsed) => [parsed.sequence, parsed.component.getFirstPropertyValue('status'), parsed.summary]);
      };
      expect(await inFeeds()).toEqual([
        [0, 'CONFIRMED', event.title],
        [0, 'CONFIRMED', event.title],
      ]);
      const clock = holdClock(t);

      await asApp(request(t.http).patch(`/api/events/${event.id}`), { cookie: coordinator.cookie }).send({ version: 1, place: 'Folkets hus, Arvika' }).expect(200);
      clock.advance(SIGNATURE_TTL_MS);
      expect(await inFeeds()).toEqual([
        [1, 'CONFIRMED', event.title],
        [1, 'CONFIRMED', event.title],
      ]);

      await asApp(request(t.http).post(`/api/events/${event.id}/cancel`), { cookie: coordinator.cookie }).send({ version: 2 }).expect(200);
      clock.advance(SIGNATURE_TTL_MS);
      expect(await inFeeds()).toEqual([
        [2, 'CANCELLED', `INSTÄLLT: ${event.title}`],
        [2, 'CANCELLED', `INSTÄLLT: ${event.title}`],
      ]);
    });
  });

  describe('feed addresses: GET, POST, DELETE /api/calendar/feeds', () => {
    it('has no addresses at first, makes them, renews them (the old ones stop at once) and turns them off', async () => {
      const member = await createPrincipal(t, world, 'member');
      const none = await request(t.http).get('/api/calendar/feeds').set('Cookie', member.cookie).expect(200);
      expect(CalendarFeedsSchema.parse(none.body)).toEqual({ createdAt: null, personalUrl: null, networkUrl: null });

      const first = await feedsFor(member);
      const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
      expect(first.personalUrl).toMatch(new RegExp(`^${publicUrl}/api/calendar/feeds/[A-Za-z0-9_-]{43}/personal\\.ics$`));
      expect(first.networkUrl).toBe(first.personalUrl.replace(/personal\.ics$/, 'network.ics'));
      const listed = await request(t.http).get('/api/calendar/feeds').set('Cookie', member.cookie).expect(200);
      expect(CalendarFeedsSchema.parse(listed.body)).toEqual({ createdAt: first.createdAt, personalUrl: first.personalUrl, networkUrl: first.networkUrl });
      await fetchFeed(first.personalUrl).expect(200);
      await fetchFeed(first.networkUrl).expect(200);

      const renewed = await feedsFor(member);
      expect(renewed.personalUrl).not.toBe(first.personalUrl);
      expectError(await fetchFeed(first.personalUrl), 404, 'NOT_FOUND');
      expectError(await fetchFeed(first.networkUrl), 404, 'NOT_FOUND');
      await fetchFeed(renewed.personalUrl).expect(200);
      await fetchFeed(renewed.networkUrl).expect(200);
      expect(await t.prisma.calendarFeedToken.count({ where: { userId: member.id, revokedAt: null } })).toBe(1);

      await asApp(request(t.http).delete('/api/calendar/feeds'), { cookie: member.cookie }).expect(204);
      expectError(await fetchFeed(renewed.personalUrl), 404, 'NOT_FOUND');
      expectError(await fetchFeed(renewed.networkUrl), 404, 'NOT_FOUND');
      const after = await request(t.http).get('/api/calendar/feeds').set('Cookie', member.cookie).expect(200);
      expect(CalendarFeedsSchema.parse(after.body)).toEqual({ createdAt: null, personalUrl: null, networkUrl: null });
      expectError(await asApp(request(t.http).delete('/api/calendar/feeds'), { cookie: member.cookie }), 404, 'NOT_FOUND');

      const audited = await t.prisma.auditEvent.findMany({ where: { actorId: member.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }], select: { action: true, targetType: true, details: true } });
      expect(audited).toEqual([
        { action: 'calendar.feed_created', targetType: 'calendar_feed', details: { renewed: false } },
        { action: 'calendar.feed_revoked', targetType: 'calendar_feed', details: { renewed: true } },
        { action: 'calendar.feed_created', targetType: 'calendar_feed', details: { renewed: true } },
        { action: 'calendar.feed_revoked', targetType: 'calendar_feed', details: { renewed: false } },
      ]);
      // The secret itself never goes into the audit log.
      const secret = new URL(renewed.personalUrl).pathname.split('/')[4]!;
      expect(await t.prisma.auditEvent.count({ where: { OR: [{ targetLabel: { contains: secret } }, { targetId: secret }] } })).toBe(0);
    });

    it('keeps one live address when two renewals race', async () => {
      const member = await createPrincipal(t, world, 'member');
      await Promise.all([feedsFor(member), feedsFor(member), feedsFor(member)]);
      expect(await t.prisma.calendarFeedToken.count({ where: { userId: member.id, revokedAt: null } })).toBe(1);
    });

    it('refuses anonymous callers and cross-site writes', async () => {
      expectError(await request(t.http).get('/api/calendar/feeds'), 401, 'UNAUTHENTICATED');
      const member = await createPrincipal(t, world, 'member');
      expectError(await request(t.http).post('/api/calendar/feeds').set('Cookie', member.cookie), 403, 'FORBIDDEN');
    });
  });

  describe('the feeds', () => {
    it('serves text/calendar with an ETag, answers 304 while it holds, and a new body after a change', async () => {
      const member = await createPrincipal(t, world, 'member');
      const event = await eventOfA({ createdById: member.id });
      const { personalUrl } = await feedsFor(member);
      const first = await fetchFeed(personalUrl).expect(200);
      expectCalendarResponse(first);
      expect(first.headers['cache-control']).toBe('private, max-age=300');
      const etag = first.headers['etag'] as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);

      const unchanged = await fetchFeed(personalUrl, '', { 'If-None-Match': etag }).expect(304);
      expect(unchanged.text).toBe('');
      expect(unchanged.headers['etag']).toBe(etag);

      // Gzipped for clients that take it (as calendar apps do); the same events either way.
      expect(first.headers['content-encoding']).toBe('gzip');
      expect(first.headers['vary']).toBe('Accept-Encoding');
      const plain = await fetchFeed(personalUrl, '', { 'Accept-Encoding': 'identity' }).expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(first.text);
      expect(plain.headers['etag']).not.toBe(etag);
      await fetchFeed(personalUrl, '', { 'Accept-Encoding': 'identity', 'If-None-Match': etag }).expect(304);

      await t.prisma.event.update({ where: { id: event.id }, data: { title: 'Ny titel', version: { increment: 1 } } });
      // Feeds trust what they last found for a moment; past it, the change shows.
      holdClock(t).advance(SIGNATURE_TTL_MS);
      const changed = await fetchFeed(personalUrl, '', { 'If-None-Match': etag }).expect(200);
      expect(changed.headers['etag']).not.toBe(etag);
      const [parsed] = parseIcs(changed.text).events;
      expect([parsed!.summary, parsed!.sequence]).toEqual(['Ny titel', 1]);
    });

    it('the personal feed: registered (waitlisted as TENTATIVE), posted, contact person of; nothing else', async () => {
      const member = await createPrincipal(t, world, 'member');
      const ownContact = await createContact(t.prisma, { agencyId: world.agencyA.id, userId: member.id });
      const registered = await eventOfA();
      const waitlisted = await eventOfA();
      const posted = await eventOfA({ createdById: member.id });
      const contactOf = await createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, contactId: ownContact.id });
      const cancelled = await eventOfA({ cancelledAt: new Date() });
      const unrelated = await eventOfA();
      await createRegistration(t.prisma, { eventId: registered.id, userId: member.id });
      await createRegistration(t.prisma, { eventId: waitlisted.id, userId: member.id, status: 'WAITLISTED' });
      await createRegistration(t.prisma, { eventId: cancelled.id, userId: member.id });
      await createRegistration(t.prisma, { eventId: unrelated.id, userId: (await createUser(t.prisma, { agencyId: world.agencyA.id })).id });

      const { personalUrl } = await feedsFor(member);
      const response = await fetchFeed(personalUrl).expect(200);
      const { calendar, events } = parseIcs(response.text);
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samverkan Värmland – mina evenemang');
      expect(uids(events).sort()).toEqual([registered, waitlisted, posted, contactOf, cancelled].map((event) => uidOf(event.id)).sort());
      const statusOf = (id: string) => events.find((event) => event.uid === uidOf(id))!.component.getFirstPropertyValue('status');
      expect(statusOf(registered.id)).toBe('CONFIRMED');
      expect(statusOf(waitlisted.id)).toBe('TENTATIVE');
      expect(statusOf(cancelled.id)).toBe('CANCELLED');
      // The same UID as the single download.
      const single = parseIcs((await ics(registered.id, member).expect(200)).text).events[0]!;
      expect(single.uid).toBe(uidOf(registered.id));
    });

    it('the network feed: what the owner may see now, from 90 days back, narrowed by municipality and sector', async () => {
      // An agency of its own, so other tests' events are told apart by their targets.
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1765'] });
      const owner = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      const forArjang = await createEvent(t.prisma, { organiserAgencyId: agency.id, targetMunicipalityCodes: ['1765'], targetSectors: ['SCHOOL'] });
      const forRegion = await createEvent(t.prisma, { organiserAgencyId: agency.id, targetSectors: ['POLICE'] });
      const forKil = await createEvent(t.prisma, { organiserAgencyId: agency.id, targetMunicipalityCodes: ['1715'] });
      // The target columns are nullable arrays; NULL means everyone, as an empty list does.
      const forEveryone = await createEvent(t.prisma, { organiserAgencyId: agency.id });
      await t.prisma.$executeRaw`UPDATE events SET target_municipality_codes = NULL, target_sectors = NULL WHERE id = ${forEveryone.id}::uuid`;
      const invitedOnly = await createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, visibility: 'INVITED_AGENCIES', invitedAgencyIds: [world.agencyA.id] });
      const invitedUs = await createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, visibility: 'INVITED_AGENCIES', invitedAgencyIds: [agency.id] });
      const recentPast = await createEvent(t.prisma, { organiserAgencyId: agency.id, startsAt: inDays(-80), endsAt: inDays(-80, 10) });
      const longAgo = await createEvent(t.prisma, { organiserAgencyId: agency.id, startsAt: inDays(-100), endsAt: inDays(-100, 10) });
      const cancelled = await createEvent(t.prisma, { organiserAgencyId: agency.id, cancelledAt: new Date() });
      const { networkUrl } = await feedsFor(owner);

      const all = uids(await feedEvents(networkUrl));
      expect(all).toEqual(expect.arrayContaining([forArjang, forRegion, forKil, invitedUs, recentPast, cancelled].map((event) => uidOf(event.id))));
      expect(all).not.toContain(uidOf(invitedOnly.id));
      expect(all).not.toContain(uidOf(longAgo.id));
      expect(new Set(all).size).toBe(all.length);

      const inArjang = uids(await feedEvents(networkUrl, '?municipality=1765'));
      expect(inArjang).toEqual(expect.arrayContaining([uidOf(forArjang.id), uidOf(forRegion.id)]));
      expect(inArjang).not.toContain(uidOf(forKil.id));
      const schools = uids(await feedEvents(networkUrl, '?sector=SCHOOL'));
      expect(schools).toContain(uidOf(forArjang.id));
      expect(schools).toContain(uidOf(forKil.id));
      expect(schools).not.toContain(uidOf(forRegion.id));
      const schoolsInKil = uids(await feedEvents(networkUrl, '?municipality=1715&sector=SCHOOL'));
      expect(schoolsInKil).toContain(uidOf(forKil.id));
      expect(schoolsInKil).not.toContain(uidOf(forArjang.id));
      for (const narrowed of [inArjang, schools, schoolsInKil]) expect(narrowed).toContain(uidOf(forEveryone.id));
      expectError(await fetchFeed(networkUrl, '?municipality=Arvika'), 400, 'VALIDATION_FAILED');
      expectError(await fetchFeed(networkUrl, '?sector=SKOLA'), 400, 'VALIDATION_FAILED');

      // Visibility follows the owner: moved to agency A, they see A's invitations and no longer B's to their old agency.
      await t.prisma.user.update({ where: { id: owner.id }, data: { agencyId: world.agencyA.id } });
      const moved = uids(await feedEvents(networkUrl));
      expect(moved).toContain(uidOf(invitedOnly.id));
      expect(moved).not.toContain(uidOf(invitedUs.id));
    });

    it('answers 404 alike for an unknown address and for a disabled owner, never HTML', async () => {
      const member = await createPrincipal(t, world, 'member');
      const { personalUrl, networkUrl } = await feedsFor(member);
      await fetchFeed(personalUrl).expect(200);
      await t.prisma.user.update({ where: { id: member.id }, data: { disabledAt: new Date() } });
      const responses = [await fetchFeed(personalUrl), await fetchFeed(networkUrl), await fetchFeed(personalUrl.replace(/feeds\/[^/]+\//, 'feeds/unknown-token/'))];
      for (const response of responses) {
        const body = expectError(response, 404, 'NOT_FOUND');
        expect(body.message).toBe('There is no such calendar feed.');
        expect(response.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it('reads no session: a browser that is signed in gets the same answer and its session is not renewed', async () => {
      const member = await createPrincipal(t, world, 'member');
      const { personalUrl } = await feedsFor(member);
      const cookie = await sessionCookie(t, member.id);
      // Last active ten minutes ago: any signed-in request would now record new activity.
      const lastSeenAt = new Date(Date.now() - 10 * 60_000);
      await t.prisma.session.update({ where: { id: (await sessionRow(t, cookie))!.id }, data: { lastSeenAt } });
      const response = await fetchFeed(personalUrl, '', { Cookie: cookie }).expect(200);
      expect(response.headers[IDLE_EXPIRY_HEADER.toLowerCase()]).toBeUndefined();
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['cache-control']).toBe('private, max-age=300');
      expect((await sessionRow(t, cookie))?.lastSeenAt).toEqual(lastSeenAt);
      // The same cookie on a signed-in route does renew it, so the check above can tell.
      await request(t.http).get('/api/calendar/feeds').set('Cookie', cookie).expect(200);
      expect((await sessionRow(t, cookie))!.lastSeenAt.getTime()).toBeGreaterThan(lastSeenAt.getTime());
    });

    it('limits reads per address with 429, and other addresses are not affected', async () => {
      const member = await createPrincipal(t, world, 'member');
      const colleague = await createPrincipal(t, world, 'member');
      const { personalUrl } = await feedsFor(member);
      const points = t.app.get<AppConfig>(APP_CONFIG).CALENDAR_FEED_READS_PER_10_MIN;
      for (let done = 0; done < points; done += 20) {
        const statuses = await Promise.all(Array.from({ length: Math.min(20, points - done) }, async () => (await fetchFeed(personalUrl)).status));
        expect(statuses.every((status) => status === 200)).toBe(true);
      }
      const refused = await fetchFeed(personalUrl);
      expectError(refused, 429, 'RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      await fetchFeed((await feedsFor(colleague)).personalUrl).expect(200);
    });
  });
});
