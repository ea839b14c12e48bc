import { Logger } from '@nestjs/common';
import { EventPageSchema, EventSchema, PERSONAL_IDENTITY_NUMBER_MESSAGE, type EventSummary } from '@repo/contracts';
import { createAgency, createContact, createEvent, createRegistration, createUser, unique, type EventInput } from '@repo/test-factories';
import { randomInt } from 'node:crypto';
import request from 'supertest';
import { MailService } from '../src/common/mail/mail.service';
import { APP_CONFIG } from '../src/config/config.module';
import type { AppConfig } from '../src/config/config.schema';
import { DAY, expectError, expectValidationFailed, holdClock, HOUR, mailsTo, MINUTE } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';

const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

/**
 * A week of its own, decades ahead and in winter time (January): the run shares one database, so a
 * list over the week sees only what its test made.
 */
let nextWeek = randomInt(0, 1_000) * 6;
function ownWeek() {
  const index = nextWeek++;
  const from = new Date(Date.UTC(2045 + Math.floor(index / 6), 0, 5 + (index % 6) * 7));
  const to = new Date(from.getTime() + 7 * DAY);
  return {
    from,
    to,
    /** An instant `hours` into the week. */
    at: (hours: number) => new Date(from.getTime() + hours * HOUR),
    query: `from=${from.toISOString()}&to=${to.toISOString()}`,
  };
}

describe('events', () => {
  let t: TestApp;
  let world: World;
  let publicUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const send = (method: 'post' | 'patch', path: string, cookie: string, body: object = {}) => asApp(request(t.http)[method](path), { cookie }).send(body);
  const read = (path: string, cookie: string) => asApp(request(t.http).get(path), { cookie });

  async function list(principal: Principal, query: string): Promise<EventSummary[]> {
    const response = await read(`/api/events?${query}`, principal.cookie).expect(200);
    return EventPageSchema.parse(response.body).items;
  }
  const titles = (items: EventSummary[]) => items.map((item) => item.title);

  /** A network event of agency A, posted by its member, a week from now. */
  function event(overrides: Partial<EventInput> = {}) {
    return createEvent(t.prisma, { organiserAgencyId: world.agencyA.id, ...overrides });
  }

  const timed = { allDay: false, startsAt: '2027-02-11T09:00:00+01:00', endsAt: '2027-02-11T12:00:00+01:00' };
  const input = (overrides: object = {}) => ({ title: 'Tidiga tecken på radikalisering', kind: 'TRAINING', when: timed, place: 'Stadshuset, Karlstad', ...overrides });

  describe('POST /api/events', () => {
    it("posts a member's event for their own agency, with them as poster and their roster entry as contact person", async () => {
      const member = await createPrincipal(t, world, 'member');
      const own = await createContact(t.prisma, { agencyId: world.agencyA.id, userId: member.id, name: 'Sara Lindberg' });
      const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
      const response = await send('post', '/api/events', member.cookie, {
        ...input(),
        description: 'Om **tidiga tecken**.',
        onlineUrl: 'https://meet.example/tidiga-tecken',
        targetMunicipalityCodes: ['1784', '1730', '1784'],
        targetSectors: ['SCHOOL'],
        targetCompetenceIds: [avhopparstod.id],
        capacity: 30,
        registrationDeadline: '2027-02-04T23:59:00+01:00',
      }).expect(201);
      const created = EventSchema.parse(response.body);
      expect(created).toMatchObject({
        title: 'Tidiga tecken på radikalisering',
        description: 'Om **tidiga tecken**.',
        kind: 'TRAINING',
        startsAt: '2027-02-11T08:00:00.000Z',
        endsAt: '2027-02-11T11:00:00.000Z',
        allDay: false,
        place: 'Stadshuset, Karlstad',
        onlineUrl: 'https://meet.example/tidiga-tecken',
        isOnline: true,
        organiserAgency: { id: world.agencyA.id, name: world.agencyA.name },
        contact: { id: own.id, name: 'Sara Lindberg' },
        createdBy: { id: member.id },
        targetMunicipalities: [
          { code: '1784', name: 'Arvika' },
          { code: '1730', name: 'Eda' },
        ],
        targetSectors: ['SCHOOL'],
        targetCompetences: [{ id: avhopparstod.id, slug: 'avhopparstod' }],
        capacity: 30,
        registeredCount: 0,
        waitlistCount: 0,
        myRegistration: null,
        registrationDeadline: '2027-02-04T22:59:00.000Z',
        registrationOpen: true,
        canManage: true,
        visibility: 'NETWORK',
        invitedAgencies: [],
        cancelledAt: null,
        version: 1,
      });
      expect(await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { targetMunicipalityCodes: true, createdById: true } })).toEqual({
        targetMunicipalityCodes: ['1784', '1730'],
        createdById: member.id,
      });
      expect(await t.prisma.auditEvent.count({ where: { action: 'event.created', targetId: created.id, actorId: member.id } })).toBe(1);
    });

    it('stores Swedish summer and winter times, and a night across the change to summer time, as UTC', async () => {
      const member = await createPrincipal(t, world, 'member');
      const summer = await send('post', '/api/events', member.cookie, input({ when: { allDay: false, startsAt: '2027-06-10T09:00:00+02:00', endsAt: '2027-06-10T11:30:00+02:00' } })).expect(201);
      expect(EventSchema.parse(summer.body)).toMatchObject({ startsAt: '2027-06-10T07:00:00.000Z', endsAt: '2027-06-10T09:30:00.000Z', contact: null });
      // 01:00 winter time to 04:00 summer time on 28 March 2027 is two hours: 02:00–03:00 does not exist.
      const night = await send('post', '/api/events', member.cookie, input({ when: { allDay: false, startsAt: '2027-03-28T01:00:00+01:00', endsAt: '2027-03-28T04:00:00+02:00' } })).expect(201);
      expect(EventSchema.parse(night.body)).toMatchObject({ startsAt: '2027-03-28T00:00:00.000Z', endsAt: '2027-03-28T02:00:00.000Z' });
    });

    it('runs an all-day event from Swedish midnight to the midnight after its last day, also across a clock change', async () => {
      const member = await createPrincipal(t, world, 'member');
      const winter = await send('post', '/api/events', member.cookie, input({ when: { allDay: true, startDate: '2027-02-11', endDate: '2027-02-11' } })).expect(201);
      expect(EventSchema.parse(winter.body)).toMatchObject({ allDay: true, startsAt: '2027-02-10T23:00:00.000Z', endsAt: '2027-02-11T23:00:00.000Z' });
      // Saturday in winter time, Sunday the clocks go forward: the conference is 47 hours long.
      const overChange = await send('post', '/api/events', member.cookie, input({ when: { allDay: true, startDate: '2027-03-27', endDate: '2027-03-28' } })).expect(201);
      expect(EventSchema.parse(overChange.body)).toMatchObject({ allDay: true, startsAt: '2027-03-26T23:00:00.000Z', endsAt: '2027-03-28T22:00:00.000Z' });
    });

    it('lets a coordinator post for another agency, and refuses a member with 403, writing nothing', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const member = await createPrincipal(t, world, 'member');
      const agency = await createAgency(t.prisma);
      const byCoordinator = await send('post', '/api/events', coordinator.cookie, input({ organiserAgencyId: agency.id })).expect(201);
      expect(EventSchema.parse(byCoordinator.body)).toMatchObject({ organiserAgency: { id: agency.id }, createdBy: { id: coordinator.id }, canManage: true });

      expectError(await send('post', '/api/events', member.cookie, input({ organiserAgencyId: agency.id })), 403, 'FORBIDDEN');
      expect(await t.prisma.event.count({ where: { organiserAgencyId: agency.id } })).toBe(1);
      // Naming their own agency is the same as leaving it out.
      await send('post', '/api/events', member.cookie, input({ organiserAgencyId: world.agencyA.id })).expect(201);
    });

    it('takes a named contact person, or none', async () => {
      const member = await createPrincipal(t, world, 'member');
      await createContact(t.prisma, { agencyId: world.agencyA.id, userId: member.id });
      const other = await createContact(t.prisma, { agencyId: world.agencyB.id, name: 'Olle Ek' });
      const named = await send('post', '/api/events', member.cookie, input({ contactId: other.id })).expect(201);
      expect(EventSchema.parse(named.body).contact).toMatchObject({ id: other.id, name: 'Olle Ek' });
      const none = await send('post', '/api/events', member.cookie, input({ contactId: null })).expect(201);
      expect(EventSchema.parse(none.body).contact).toBeNull();
    });

    describe('refuses bad input with the field and writes nothing', () => {
      const archived = async (what: 'agency' | 'contact' | 'competence') => {
        const at = new Date();
        if (what === 'agency') return (await t.prisma.agency.update({ where: { id: (await createAgency(t.prisma)).id }, data: { archivedAt: at } })).id;
        if (what === 'contact') return (await t.prisma.contact.update({ where: { id: (await createContact(t.prisma, { agencyId: world.agencyA.id })).id }, data: { archivedAt: at } })).id;
        const slug = unique('kompetens');
        return (await t.prisma.competence.create({ data: { slug, nameSv: slug, nameEn: slug, archivedAt: at } })).id;
      };

      const cases: [string, () => Promise<object>, (string | number)[], string][] = [
        ['an unknown organising agency', async () => ({ organiserAgencyId: UNKNOWN_ID }), ['organiserAgencyId'], 'not_found'],
        ['an archived organising agency', async () => ({ organiserAgencyId: await archived('agency') }), ['organiserAgencyId'], 'not_found'],
        ['an unknown contact', async () => ({ contactId: UNKNOWN_ID }), ['contactId'], 'not_found'],
        ['an archived contact', async () => ({ contactId: await archived('contact') }), ['contactId'], 'not_found'],
        ['an unknown municipality', async () => ({ targetMunicipalityCodes: ['1784', '9999'] }), ['targetMunicipalityCodes'], 'not_found'],
        ['an unknown competence', async () => ({ targetCompetenceIds: [UNKNOWN_ID] }), ['targetCompetenceIds'], 'not_found'],
        ['an archived competence', async () => ({ targetCompetenceIds: [await archived('competence')] }), ['targetCompetenceIds'], 'not_found'],
        ['an unknown invited agency', async () => ({ visibility: 'INVITED_AGENCIES', invitedAgencyIds: [UNKNOWN_ID] }), ['invitedAgencyIds'], 'not_found'],
        ['an archived invited agency', async () => ({ visibility: 'INVITED_AGENCIES', invitedAgencyIds: [await archived('agency')] }), ['invitedAgencyIds'], 'not_found'],
        ['neither a place nor a link', async () => ({ place: null }), ['place'], 'place_required'],
        [
          'an end before the start',
          async () => ({ when: { allDay: false, startsAt: '2027-02-11T09:00:00+01:00', endsAt: '2027-02-11T09:00:00+01:00' } }),
          ['when', 'endsAt'],
          'ends_before_start',
        ],
        ['a last day before the first', async () => ({ when: { allDay: true, startDate: '2027-02-11', endDate: '2027-02-10' } }), ['when', 'endDate'], 'ends_before_start'],
        ['a deadline after the end', async () => ({ registrationDeadline: '2027-02-11T12:00:01+01:00' }), ['registrationDeadline'], 'after_end'],
        ['a personal identity number in the description', async () => ({ description: 'Gäller eleven 811218-9876.' }), ['description'], 'custom'],
        ['a personal identity number in the title', async () => ({ title: 'Möte om 19811218-9876' }), ['title'], 'custom'],
      ];

      it.each(cases)('%s', async (_name, fields, path, code) => {
        // An agency of its own, so the count sees only what this request might write.
        const agency = await createAgency(t.prisma);
        const poster = await createPrincipal(t, world, 'admin', { agencyId: agency.id });
        const body = input(await fields());
        const response = await send('post', '/api/events', poster.cookie, body);
        expectValidationFailed(response, [{ path, code, ...(code === 'custom' ? { message: PERSONAL_IDENTITY_NUMBER_MESSAGE } : {}) }]);
        expect(await t.prisma.event.count({ where: { OR: [{ organiserAgencyId: agency.id }, { createdById: poster.id }] } })).toBe(0);
        expect(await t.prisma.auditEvent.count({ where: { action: 'event.created', actorId: poster.id } })).toBe(0);
      });

      it('names every bad field at once', async () => {
        const member = await createPrincipal(t, world, 'member');
        const response = await send('post', '/api/events', member.cookie, input({ place: null, targetMunicipalityCodes: ['9999'], contactId: UNKNOWN_ID }));
        expectValidationFailed(response, [
          { path: ['place'], code: 'place_required' },
          { path: ['contactId'], code: 'not_found' },
          { path: ['targetMunicipalityCodes'], code: 'not_found' },
        ]);
        expect(await t.prisma.event.count({ where: { createdById: member.id } })).toBe(0);
      });
    });
  });

  describe('GET /api/events/:id', () => {
    it('answers 404 for an unknown event', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectError(await read(`/api/events/${UNKNOWN_ID}`, member.cookie), 404, 'NOT_FOUND');
    });

    it('shows an event for invited agencies to them, the organiser and coordinators, and answers 404 to everyone else', async () => {
      const organiser = await createAgency(t.prisma);
      const invited = await createAgency(t.prisma);
      const outsider = await createAgency(t.prisma);
      const poster = await createPrincipal(t, world, 'member', { agencyId: organiser.id });
      const created = await send('post', '/api/events', poster.cookie, input({ visibility: 'INVITED_AGENCIES', invitedAgencyIds: [invited.id] })).expect(201);
      const { id } = EventSchema.parse(created.body);

      const guest = await createPrincipal(t, world, 'member', { agencyId: invited.id });
      const colleague = await createPrincipal(t, world, 'member', { agencyId: organiser.id });
      const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const stranger = await createPrincipal(t, world, 'member', { agencyId: outsider.id });

      const seen = EventSchema.parse((await read(`/api/events/${id}`, guest.cookie).expect(200)).body);
      expect(seen).toMatchObject({ visibility: 'INVITED_AGENCIES', invitedAgencies: [{ id: invited.id, name: invited.name }], canManage: false });
      expect(EventSchema.parse((await read(`/api/events/${id}`, colleague.cookie).expect(200)).body).canManage).toBe(false);
      expect(EventSchema.parse((await read(`/api/events/${id}`, coordinator.cookie).expect(200)).body).canManage).toBe(true);
      expectError(await read(`/api/events/${id}`, stranger.cookie), 404, 'NOT_FOUND');
      // Nor can an outsider change it or learn that it exists by trying.
      expectError(await send('patch', `/api/events/${id}`, stranger.cookie, { version: 1, title: 'Nytt namn' }), 404, 'NOT_FOUND');
      expectError(await send('post', `/api/events/${id}/cancel`, stranger.cookie, { version: 1 }), 404, 'NOT_FOUND');
    });

    it("lets the organising agency's editors manage what a colleague posted", async () => {
      const poster = await createPrincipal(t, world, 'member');
      const editor = await createPrincipal(t, world, 'member', { isAgencyEditor: true });
      const { id } = await event({ createdById: poster.id });
      expect(EventSchema.parse((await read(`/api/events/${id}`, editor.cookie).expect(200)).body).canManage).toBe(true);
      expect(EventSchema.parse((await read(`/api/events/${id}`, poster.cookie).expect(200)).body).canManage).toBe(true);
    });

    it('says registration is closed once the deadline has passed, the event has started, or it is cancelled', async () => {
      const clock = holdClock(t);
      const member = await createPrincipal(t, world, 'member');
      const open = await event({ startsAt: new Date(clock.now.getTime() + DAY), registrationDeadline: new Date(clock.now.getTime() + 10 * MINUTE) });
      const opened = () => read(`/api/events/${open.id}`, member.cookie).expect(200).then((response) => EventSchema.parse(response.body).registrationOpen);
      expect(await opened()).toBe(true);
      clock.advance(10 * MINUTE);
      expect(await opened()).toBe(false);
      const started = await event({ startsAt: new Date(clock.now.getTime() - MINUTE) });
      expect(EventSchema.parse((await read(`/api/events/${started.id}`, member.cookie).expect(200)).body).registrationOpen).toBe(false);
      const cancelled = await event({ cancelledAt: clock.now });
      expect(EventSchema.parse((await read(`/api/events/${cancelled.id}`, member.cookie).expect(200)).body)).toMatchObject({
        registrationOpen: false,
        cancelledAt: expect.any(String),
      });
    });
  });

  describe('GET /api/events', () => {
    it('lists the events overlapping the window, in order of start and then Swedish alphabetical title', async () => {
      const member = await createPrincipal(t, world, 'member');
      const week = ownWeek();
      const start = week.at(30);
      for (const title of ['Öppet möte', 'Zebra', 'Ärendegång', 'Åtgärdsplan', 'Anhörigstöd']) await event({ title, startsAt: start });
      await event({ title: 'Tidigare', startsAt: week.at(2) });
      // Overlapping: began before the window and runs into it, or begins just before its end.
      await event({ title: 'Över helgen', startsAt: week.at(-10), endsAt: week.at(1) });
      await event({ title: 'Sist', startsAt: week.at(7 * 24 - 1) });
      // Not overlapping: ends exactly as the window begins, or begins exactly as it ends.
      await event({ title: 'Slutar före', startsAt: week.at(-2), endsAt: week.at(0) });
      await event({ title: 'Börjar efter', startsAt: week.at(7 * 24) });

      expect(titles(await list(member, week.query))).toEqual(['Över helgen', 'Tidigare', 'Anhörigstöd', 'Zebra', 'Åtgärdsplan', 'Ärendegång', 'Öppet möte', 'Sist']);

      const page = EventPageSchema.parse((await read(`/api/events?${week.query}&pageSize=3&page=2`, member.cookie).expect(200)).body);
      expect({ total: page.total, page: page.page, pageSize: page.pageSize, titles: titles(page.items) }).toEqual({
        total: 8,
        page: 2,
        pageSize: 3,
        titles: ['Zebra', 'Åtgärdsplan', 'Ärendegång'],
      });
      const pastTheEnd = EventPageSchema.parse((await read(`/api/events?${week.query}&pageSize=3&page=4`, member.cookie).expect(200)).body);
      expect({ total: pastTheEnd.total, items: pastTheEnd.items }).toEqual({ total: 8, items: [] });
    });

    it('lists from the start of today in Sweden when no window is given', async () => {
      const agency = await createAgency(t.prisma);
      const week = ownWeek();
      // 00:30 on the third day in Sweden (winter time): the day began at 23:00 UTC.
      holdClock(t, week.at(2 * 24 - 0.5));
      const member = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      await createEvent(t.prisma, { organiserAgencyId: agency.id, title: 'Igår', startsAt: week.at(24 + 20), endsAt: week.at(24 + 22) });
      await createEvent(t.prisma, { organiserAgencyId: agency.id, title: 'I natt', startsAt: week.at(2 * 24 - 1), endsAt: week.at(2 * 24 - 0.75) });
      await createEvent(t.prisma, { organiserAgencyId: agency.id, title: 'Om två månader', startsAt: week.at(60 * 24) });
      expect(titles(await list(member, 'myAgency=true'))).toEqual(['I natt', 'Om två månader']);
    });

    it('shows an event for invited agencies only to those who may see it', async () => {
      const week = ownWeek();
      const organiser = await createAgency(t.prisma);
      const invited = await createAgency(t.prisma);
      await createEvent(t.prisma, { organiserAgencyId: organiser.id, title: 'Slutet möte', startsAt: week.at(10), visibility: 'INVITED_AGENCIES', invitedAgencyIds: [invited.id] });
      await createEvent(t.prisma, { organiserAgencyId: organiser.id, title: 'Öppet möte', startsAt: week.at(12) });
      const poster = await createPrincipal(t, world, 'member');
      await createEvent(t.prisma, { organiserAgencyId: organiser.id, title: 'Eget slutet', startsAt: week.at(14), visibility: 'INVITED_AGENCIES', createdById: poster.id });

      const see = async (principal: Principal) => titles(await list(principal, week.query));
      expect(await see(await createPrincipal(t, world, 'member', { agencyId: invited.id }))).toEqual(['Slutet möte', 'Öppet möte']);
      expect(await see(await createPrincipal(t, world, 'member', { agencyId: organiser.id }))).toEqual(['Slutet möte', 'Öppet möte', 'Eget slutet']);
      expect(await see(await createPrincipal(t, world, 'member'))).toEqual(['Öppet möte']);
      expect(await see(poster)).toEqual(['Öppet möte', 'Eget slutet']);
      expect(await see(await createPrincipal(t, world, 'coordinatorInScope'))).toEqual(['Slutet möte', 'Öppet möte', 'Eget slutet']);
    });

    it('filters by kind, municipality, sector and competence (an event for everyone matches every municipality and sector)', async () => {
      const member = await createPrincipal(t, world, 'member');
      const week = ownWeek();
      const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
      const anhorigstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'anhorigstod' } });
      await event({ title: 'A alla', startsAt: week.at(1), kind: 'WEBINAR' });
      await event({ title: 'B Arvika skola', startsAt: week.at(2), targetMunicipalityCodes: ['1784'], targetSectors: ['SCHOOL'], targetCompetenceIds: [avhopparstod.id] });
      await event({ title: 'C Kil polis', startsAt: week.at(3), targetMunicipalityCodes: ['1715'], targetSectors: ['POLICE'], kind: 'WEBINAR' });
      await event({ title: 'D Arvika och Kil', startsAt: week.at(4), targetMunicipalityCodes: ['1715', '1784'], targetCompetenceIds: [anhorigstod.id, avhopparstod.id] });

      expect(titles(await list(member, `${week.query}&kind=WEBINAR`))).toEqual(['A alla', 'C Kil polis']);
      expect(titles(await list(member, `${week.query}&municipality=1784`))).toEqual(['A alla', 'B Arvika skola', 'D Arvika och Kil']);
      expect(titles(await list(member, `${week.query}&municipality=1780`))).toEqual(['A alla']);
      expect(titles(await list(member, `${week.query}&sector=POLICE`))).toEqual(['A alla', 'C Kil polis', 'D Arvika och Kil']);
      expect(titles(await list(member, `${week.query}&competence=avhopparstod`))).toEqual(['B Arvika skola', 'D Arvika och Kil']);
      expect(titles(await list(member, `${week.query}&competence=okand`))).toEqual([]);
      expect(titles(await list(member, `${week.query}&municipality=1715&sector=POLICE&kind=WEBINAR`))).toEqual(['A alla', 'C Kil polis']);
    });

    it("lists mine: registered, waiting, posted by me or with me as contact person; and my agency's", async () => {
      const agency = await createAgency(t.prisma);
      const me = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      const someone = await createUser(t.prisma, { agencyId: world.agencyA.id });
      const myEntry = await createContact(t.prisma, { agencyId: agency.id, userId: me.id });
      const week = ownWeek();
      const seat = await event({ title: 'Anmäld', startsAt: week.at(1) });
      await createRegistration(t.prisma, { eventId: seat.id, userId: me.id });
      const queue = await event({ title: 'Väntar', startsAt: week.at(2), capacity: 1 });
      await createRegistration(t.prisma, { eventId: queue.id, userId: someone.id });
      await createRegistration(t.prisma, { eventId: queue.id, userId: me.id, status: 'WAITLISTED' });
      await event({ title: 'Postat', startsAt: week.at(3), createdById: me.id });
      await event({ title: 'Kontaktperson', startsAt: week.at(4), contactId: myEntry.id });
      const others = await event({ title: 'Andras', startsAt: week.at(5), createdById: someone.id });
      await createRegistration(t.prisma, { eventId: others.id, userId: someone.id });
      await createEvent(t.prisma, { organiserAgencyId: agency.id, title: 'Min organisation', startsAt: week.at(6) });

      expect(titles(await list(me, `${week.query}&mine=true`))).toEqual(['Anmäld', 'Väntar', 'Postat', 'Kontaktperson']);
      expect(titles(await list(me, `${week.query}&mine=false`))).toHaveLength(6);
      expect(titles(await list(me, `${week.query}&myAgency=true`))).toEqual(['Min organisation']);
    });

    it("lists the relevant events of the start page: for my agency's municipalities and sector, or for everyone", async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784', '1730'], sector: 'SCHOOL' });
      const member = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      const week = ownWeek();
      const targets: [string, string[], EventInput['targetSectors']][] = [
        ['A alla', [], []],
        ['B Eda', ['1730'], []],
        ['C Kil', ['1715'], []],
        ['D skola och polis', [], ['SCHOOL', 'POLICE']],
        ['E polis', [], ['POLICE']],
        ['F Arvika polis', ['1784'], ['POLICE']],
        ['G Arvika skola', ['1784', '1715'], ['SCHOOL']],
      ];
      for (const [index, [title, targetMunicipalityCodes, targetSectors]] of targets.entries()) {
        await event({ title, startsAt: week.at(index + 1), targetMunicipalityCodes, targetSectors });
      }
      expect(titles(await list(member, `${week.query}&relevant=true`))).toEqual(['A alla', 'B Eda', 'D skola och polis', 'G Arvika skola']);
    });

    it('lists cancelled events, marked, unless asked not to', async () => {
      const member = await createPrincipal(t, world, 'member');
      const week = ownWeek();
      await event({ title: 'Blir av', startsAt: week.at(1) });
      await event({ title: 'Inställt', startsAt: week.at(2), cancelledAt: new Date() });
      const items = await list(member, week.query);
      expect(items.map(({ title, cancelledAt }) => ({ title, cancelled: cancelledAt !== null }))).toEqual([
        { title: 'Blir av', cancelled: false },
        { title: 'Inställt', cancelled: true },
      ]);
      expect(titles(await list(member, `${week.query}&includeCancelled=false`))).toEqual(['Blir av']);
    });

    it('counts seats and the waitlist, and gives my own place with my position in the waitlist', async () => {
      const week = ownWeek();
      const agency = await createAgency(t.prisma);
      const users = await Promise.all([1, 2, 3, 4, 5].map(() => createPrincipal(t, world, 'member', { agencyId: agency.id })));
      const [first, second, early, me, late] = users as [Principal, Principal, Principal, Principal, Principal];
      const full = await event({ title: 'Fullt', startsAt: week.at(1), capacity: 2 });
      const at = (minutes: number) => new Date(Date.now() - 60 * MINUTE + minutes * MINUTE);
      await createRegistration(t.prisma, { eventId: full.id, userId: first.id, at: at(1) });
      await createRegistration(t.prisma, { eventId: full.id, userId: second.id, at: at(2) });
      await createRegistration(t.prisma, { eventId: full.id, userId: early.id, status: 'WAITLISTED', at: at(3) });
      await createRegistration(t.prisma, { eventId: full.id, userId: me.id, status: 'WAITLISTED', at: at(4) });
      await createRegistration(t.prisma, { eventId: full.id, userId: late.id, status: 'WAITLISTED', at: at(5) });
      const empty = await event({ title: 'Tomt', startsAt: week.at(2) });

      const mine = (principal: Principal) => list(principal, week.query).then((items) => items.map((item) => [item.registeredCount, item.waitlistCount, item.myRegistration]));
      expect(await mine(me)).toEqual([
        [2, 3, { status: 'WAITLISTED', waitlistPosition: 2 }],
        [0, 0, null],
      ]);
      expect((await mine(early))[0]).toEqual([2, 3, { status: 'WAITLISTED', waitlistPosition: 1 }]);
      expect((await mine(second))[0]).toEqual([2, 3, { status: 'REGISTERED', waitlistPosition: null }]);

      const one = EventSchema.parse((await read(`/api/events/${full.id}`, late.cookie).expect(200)).body);
      expect(one).toMatchObject({ registeredCount: 2, waitlistCount: 3, capacity: 2, myRegistration: { status: 'WAITLISTED', waitlistPosition: 3 } });
      expect(EventSchema.parse((await read(`/api/events/${empty.id}`, me.cookie).expect(200)).body)).toMatchObject({ registeredCount: 0, waitlistCount: 0, myRegistration: null });
    });

    it('refuses a bad filter with 400', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectValidationFailed(await read('/api/events?kind=PARTY', member.cookie), [{ path: ['kind'], code: 'invalid_value' }]);
      expectValidationFailed(await read('/api/events?from=igår', member.cookie), [{ path: ['from'], code: 'invalid_format' }]);
    });
  });

  describe('PATCH /api/events/:id', () => {
    async function withParticipants(overrides: Partial<EventInput> = {}) {
      const poster = await createPrincipal(t, world, 'member');
      const created = await event({ createdById: poster.id, capacity: 1, ...overrides });
      const seat = await createUser(t.prisma, { agencyId: world.agencyB.id });
      const waiting = await createUser(t.prisma, { agencyId: world.agencyB.id });
      const bystander = await createUser(t.prisma, { agencyId: world.agencyB.id });
      await createRegistration(t.prisma, { eventId: created.id, userId: seat.id, at: new Date(Date.now() - 2 * MINUTE) });
      await createRegistration(t.prisma, { eventId: created.id, userId: waiting.id, status: 'WAITLISTED', at: new Date(Date.now() - MINUTE) });
      await t.prisma.eventRegistration.updateMany({ where: { eventId: created.id }, data: { remindedAt: new Date() } });
      return { poster, event: created, seat, waiting, bystander };
    }

    it('changes what is given, raises the version and audits each field, old and new', async () => {
      const { poster, event: created } = await withParticipants({ title: 'Gammal titel' });
      const response = await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, title: 'Ny titel', kind: 'CONFERENCE', targetSectors: ['POLICE'] }).expect(200);
      expect(EventSchema.parse(response.body)).toMatchObject({ title: 'Ny titel', kind: 'CONFERENCE', targetSectors: ['POLICE'], place: 'Stadshuset, Karlstad', version: created.version + 1 });
      const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'event.updated', targetId: created.id }, select: { actorId: true, details: true } });
      expect(audit).toEqual({
        actorId: poster.id,
        details: { changes: { title: { from: 'Gammal titel', to: 'Ny titel' }, kind: { from: 'TRAINING', to: 'CONFERENCE' }, targetSectors: { from: [], to: ['POLICE'] } } },
      });
    });

    it('mails no one and keeps the reminders when only the title changes', async () => {
      const { poster, event: created, seat, waiting } = await withParticipants();
      await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, title: 'Bara ny titel' }).expect(200);
      expect(await mailsTo(t, seat.email)).toEqual([]);
      expect(await mailsTo(t, waiting.email)).toEqual([]);
      expect(await t.prisma.eventRegistration.count({ where: { eventId: created.id, remindedAt: null } })).toBe(0);
    });

    it('mails the registered and the waitlist a new time, old beside new, and sends the reminder again', async () => {
      const { poster, event: created, seat, waiting, bystander } = await withParticipants({
        title: 'Nätverksträff SSPF',
        startsAt: new Date('2027-02-11T08:00:00Z'),
        endsAt: new Date('2027-02-11T11:00:00Z'),
      });
      const response = await send('patch', `/api/events/${created.id}`, poster.cookie, {
        version: created.version,
        when: { allDay: false, startsAt: '2027-02-18T13:00:00+01:00', endsAt: '2027-02-18T15:00:00+01:00' },
      }).expect(200);
      expect(EventSchema.parse(response.body)).toMatchObject({ startsAt: '2027-02-18T12:00:00.000Z', endsAt: '2027-02-18T14:00:00.000Z' });

      for (const person of [seat, waiting]) {
        const mails = await mailsTo(t, person.email);
        expect(mails.map((mail) => mail.subject)).toEqual(['Ändrad tid: Nätverksträff SSPF']);
        expect(mails[0]!.text).toContain('Ny tid: torsdag 18 februari 2027 kl. 13.00–15.00\n  (tidigare: torsdag 11 februari 2027 kl. 09.00–12.00)');
        expect(mails[0]!.text).toContain(`${publicUrl}/events/${created.id}`);
      }
      expect((await mailsTo(t, waiting.email))[0]!.text).toContain('väntelistan');
      expect(await mailsTo(t, bystander.email)).toEqual([]);
      expect(await t.prisma.eventRegistration.count({ where: { eventId: created.id, remindedAt: { not: null } } })).toBe(0);
      const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'event.updated', targetId: created.id }, select: { details: true } });
      expect(audit.details).toEqual({
        changes: {
          startsAt: { from: '2027-02-11T08:00:00.000Z', to: '2027-02-18T12:00:00.000Z' },
          endsAt: { from: '2027-02-11T11:00:00.000Z', to: '2027-02-18T14:00:00.000Z' },
        },
      });
    });

    it('mails a new place, and keeps the reminders', async () => {
      const { poster, event: created, seat, waiting } = await withParticipants({ title: 'Lägesbild', place: 'Stadshuset' });
      await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, place: 'Bibliotekets hörsal', onlineUrl: 'https://meet.example/lagesbild' }).expect(200);
      for (const person of [seat, waiting]) {
        const mails = await mailsTo(t, person.email);
        expect(mails.map((mail) => mail.subject)).toEqual(['Ändrad plats: Lägesbild']);
        expect(mails[0]!.text).toContain('Ny plats: Bibliotekets hörsal\n  (tidigare: Stadshuset)');
        expect(mails[0]!.text).toContain('Ny länk till mötet: https://meet.example/lagesbild');
      }
      expect(await t.prisma.eventRegistration.count({ where: { eventId: created.id, remindedAt: null } })).toBe(0);
    });

    it('moves the waitlist up when places are added, and tells them', async () => {
      const { poster, event: created, seat, waiting } = await withParticipants({ title: 'Fler platser' });
      const response = await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, capacity: 5 }).expect(200);
      expect(EventSchema.parse(response.body)).toMatchObject({ capacity: 5, registeredCount: 2, waitlistCount: 0 });
      expect(await t.prisma.eventRegistration.findFirstOrThrow({ where: { eventId: created.id, userId: waiting.id }, select: { status: true, confirmedAt: true } })).toEqual({
        status: 'REGISTERED',
        confirmedAt: expect.any(Date),
      });
      expect((await mailsTo(t, waiting.email)).map((mail) => mail.subject)).toEqual(['Du har fått en plats: Fler platser']);
      expect(await mailsTo(t, seat.email)).toEqual([]);
      expect(await t.prisma.auditEvent.count({ where: { action: 'event.promoted', targetId: created.id, actorId: poster.id } })).toBe(1);
    });

    it('saves the change and still mails the others when one mail cannot be sent, logging whom it failed', async () => {
      const { poster, event: created, seat, waiting } = await withParticipants({ title: 'Posten krånglar' });
      const mail = t.app.get(MailService);
      const original = mail.send.bind(mail);
      jest.spyOn(mail, 'send').mockImplementation(async (message) => {
        if (message.to === seat.email) throw new Error('The mail server said no');
        return original(message);
      });
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, place: 'Bibliotekets hörsal' }).expect(200);
      expect((await mailsTo(t, waiting.email)).map((message) => message.subject)).toEqual(['Ändrad plats: Posten krånglar']);
      expect(await mailsTo(t, seat.email)).toEqual([]);
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ to: seat.email }), expect.any(String));
      expect(await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { place: true } })).toEqual({ place: 'Bibliotekets hörsal' });
    });

    it('checks the event as it would be after the change', async () => {
      const { poster, event: created } = await withParticipants({
        startsAt: new Date('2027-02-11T08:00:00Z'),
        endsAt: new Date('2027-02-11T11:00:00Z'),
        registrationDeadline: new Date('2027-02-11T08:00:00Z'),
      });
      const path = `/api/events/${created.id}`;
      // The place is the only way to get there.
      expectValidationFailed(await send('patch', path, poster.cookie, { version: created.version, place: null }), [{ path: ['place'], code: 'place_required' }]);
      // The deadline it has already would fall after the new end.
      const earlier = { allDay: false, startsAt: '2027-02-10T09:00:00+01:00', endsAt: '2027-02-10T12:00:00+01:00' };
      expectValidationFailed(await send('patch', path, poster.cookie, { version: created.version, when: earlier }), [{ path: ['registrationDeadline'], code: 'after_end' }]);
      expectValidationFailed(await send('patch', path, poster.cookie, { version: created.version, registrationDeadline: '2027-02-11T12:00:01+01:00' }), [
        { path: ['registrationDeadline'], code: 'after_end' },
      ]);
      expectValidationFailed(await send('patch', path, poster.cookie, { version: created.version, contactId: UNKNOWN_ID }), [{ path: ['contactId'], code: 'not_found' }]);
      expectValidationFailed(await send('patch', path, poster.cookie, { version: created.version, description: 'Pnr 811218-9876' }), [
        { path: ['description'], code: 'custom', message: PERSONAL_IDENTITY_NUMBER_MESSAGE },
      ]);
      const row = await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { version: true, place: true, startsAt: true } });
      expect(row).toEqual({ version: created.version, place: 'Stadshuset, Karlstad', startsAt: new Date('2027-02-11T08:00:00Z') });
      // Moving the deadline with the time is fine, and so is a meeting link instead of a place.
      await send('patch', path, poster.cookie, { version: created.version, when: earlier, registrationDeadline: null, place: null, onlineUrl: 'https://meet.example/x' }).expect(200);
    });

    it('keeps what was archived since the event was posted, but refuses to add it anew', async () => {
      const poster = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const slug = unique('kompetens');
      const competence = await t.prisma.competence.create({ data: { slug, nameSv: slug, nameEn: slug } });
      const guest = await createAgency(t.prisma);
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
      const created = await event({ createdById: poster.id, targetCompetenceIds: [competence.id], invitedAgencyIds: [guest.id], visibility: 'INVITED_AGENCIES', contactId: contact.id });
      const later = new Date();
      await t.prisma.competence.update({ where: { id: competence.id }, data: { archivedAt: later } });
      await t.prisma.agency.update({ where: { id: guest.id }, data: { archivedAt: later } });
      await t.prisma.contact.update({ where: { id: contact.id }, data: { archivedAt: later } });

      // The web form sends the whole event back.
      const unchanged = { targetCompetenceIds: [competence.id], invitedAgencyIds: [guest.id], contactId: contact.id, organiserAgencyId: world.agencyA.id };
      await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, title: 'Samma listor', ...unchanged }).expect(200);

      const other = await createContact(t.prisma, { agencyId: world.agencyA.id });
      const readded = await send('patch', `/api/events/${created.id}`, poster.cookie, {
        version: created.version + 1,
        targetCompetenceIds: [],
        contactId: other.id,
      }).expect(200);
      expect(EventSchema.parse(readded.body)).toMatchObject({ targetCompetences: [], contact: { id: other.id } });
      expectValidationFailed(
        await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version + 2, targetCompetenceIds: [competence.id], contactId: contact.id }),
        [
          { path: ['contactId'], code: 'not_found' },
          { path: ['targetCompetenceIds'], code: 'not_found' },
        ],
      );
    });

    it('lets only the organiser and coordinators change it; a member may not hand it to another agency', async () => {
      const { poster, event: created } = await withParticipants();
      const colleague = await createPrincipal(t, world, 'member');
      expectError(await send('patch', `/api/events/${created.id}`, colleague.cookie, { version: created.version, title: 'Kapad' }), 403, 'FORBIDDEN');
      expectError(await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, organiserAgencyId: world.agencyB.id }), 403, 'FORBIDDEN');
      const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const moved = await send('patch', `/api/events/${created.id}`, coordinator.cookie, { version: created.version, organiserAgencyId: world.agencyB.id }).expect(200);
      expect(EventSchema.parse(moved.body).organiserAgency).toEqual({ id: world.agencyB.id, name: world.agencyB.name });
    });

    it('refuses a stale version with 412 and the version now saved, changing nothing', async () => {
      const { poster, event: created, seat } = await withParticipants({ title: 'Först' });
      await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, title: 'Andra' }).expect(200);
      const stale = expectError(
        await send('patch', `/api/events/${created.id}`, poster.cookie, { version: created.version, title: 'Tredje', place: 'Någon annanstans' }),
        412,
        'VERSION_CONFLICT',
      );
      expect(stale.details).toEqual({ currentVersion: created.version + 1 });
      expect(await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, version: true } })).toEqual({ title: 'Andra', version: created.version + 1 });
      expect(await mailsTo(t, seat.email)).toEqual([]);
    });

    it('refuses with 409 to narrow who may see it while someone outside would keep a seat or a waitlist place, writing nothing', async () => {
      const invited = await createAgency(t.prisma);
      const other = await createAgency(t.prisma);
      // Posted by a member of agency B for agency A: the poster sees it whatever the audience.
      const poster = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
      const created = await event({ createdById: poster.id, title: 'För alla' });
      const path = `/api/events/${created.id}`;
      const host = await createUser(t.prisma, { agencyId: world.agencyA.id });
      const guest = await createUser(t.prisma, { agencyId: invited.id });
      const coordinator = await createUser(t.prisma, { agencyId: world.agencyB.id, role: 'COORDINATOR' });
      const outsider = await createUser(t.prisma, { agencyId: world.agencyB.id });
      const waitingOutsider = await createUser(t.prisma, { agencyId: world.agencyB.id });
      const closedAccount = await createUser(t.prisma, { agencyId: world.agencyB.id, disabledAt: new Date() });
      for (const user of [poster, host, guest, coordinator, outsider, closedAccount]) {
        await createRegistration(t.prisma, { eventId: created.id, userId: user.id, at: new Date(Date.now() - HOUR) });
      }
      await createRegistration(t.prisma, { eventId: created.id, userId: waitingOutsider.id, status: 'WAITLISTED', at: new Date(Date.now() - MINUTE) });
      const narrowing = { visibility: 'INVITED_AGENCIES', invitedAgencyIds: [invited.id], title: 'Bara inbjudna' };

      const refused = expectError(await send('patch', path, poster.cookie, { version: created.version, ...narrowing }), 409, 'CONFLICT');
      expect(refused.details).toEqual({ reason: 'registrations_outside_audience', count: 2 });
      expect(await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, visibility: true, version: true, invitedAgencies: true } })).toEqual({
        title: 'För alla',
        visibility: 'NETWORK',
        version: created.version,
        invitedAgencies: [],
      });
      expect(await t.prisma.auditEvent.count({ where: { action: 'event.updated', targetId: created.id } })).toBe(0);

      // Once the organiser has taken them off the list, everyone left may still see it.
      await t.prisma.eventRegistration.deleteMany({ where: { eventId: created.id, userId: { in: [outsider.id, waitingOutsider.id] } } });
      const narrowed = await send('patch', path, poster.cookie, { version: created.version, ...narrowing }).expect(200);
      expect(EventSchema.parse(narrowed.body)).toMatchObject({ visibility: 'INVITED_AGENCIES', invitedAgencies: [{ id: invited.id }], version: created.version + 1 });

      // Inviting another agency instead would shut the guest out.
      const swapped = expectError(await send('patch', path, poster.cookie, { version: created.version + 1, invitedAgencyIds: [other.id] }), 409, 'CONFLICT');
      expect(swapped.details).toEqual({ reason: 'registrations_outside_audience', count: 1 });
      // Resending the same audience with another change is no narrowing.
      await send('patch', path, poster.cookie, { version: created.version + 1, invitedAgencyIds: [invited.id], title: 'Fortfarande inbjudna' }).expect(200);
    });

    it('answers 404 for an unknown event and 409 for a cancelled one', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      expectError(await send('patch', `/api/events/${UNKNOWN_ID}`, admin.cookie, { version: 1, title: 'Ingen' }), 404, 'NOT_FOUND');
      const cancelled = await event({ cancelledAt: new Date() });
      expectError(await send('patch', `/api/events/${cancelled.id}`, admin.cookie, { version: cancelled.version, title: 'För sent' }), 409, 'CONFLICT');
    });
  });

  describe('POST /api/events/:id/cancel', () => {
    it('cancels, keeps the event visible and marked, mails the registered and the waitlist, and audits', async () => {
      const poster = await createPrincipal(t, world, 'member');
      const created = await event({ createdById: poster.id, title: 'Hot mot förtroendevalda', capacity: 1, startsAt: new Date('2027-02-11T08:00:00Z'), endsAt: new Date('2027-02-11T11:00:00Z') });
      const seat = await createUser(t.prisma, { agencyId: world.agencyB.id });
      const waiting = await createUser(t.prisma, { agencyId: world.agencyB.id });
      await createRegistration(t.prisma, { eventId: created.id, userId: seat.id, at: new Date(Date.now() - MINUTE) });
      await createRegistration(t.prisma, { eventId: created.id, userId: waiting.id, status: 'WAITLISTED' });

      const response = await send('post', `/api/events/${created.id}/cancel`, poster.cookie, { version: created.version, reason: 'Föreläsaren är sjuk.' }).expect(200);
      expect(EventSchema.parse(response.body)).toMatchObject({ cancelledAt: expect.any(String), version: created.version + 1, registrationOpen: false, registeredCount: 1, waitlistCount: 1 });

      for (const person of [seat, waiting]) {
        const mails = await mailsTo(t, person.email);
        expect(mails.map((mail) => mail.subject)).toEqual(['Inställt: Hot mot förtroendevalda']);
        expect(mails[0]!.text).toContain('Föreläsaren är sjuk.');
        expect(mails[0]!.text).toContain('Tid: torsdag 11 februari 2027 kl. 09.00–12.00');
      }
      const reader = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
      expect(EventSchema.parse((await read(`/api/events/${created.id}`, reader.cookie).expect(200)).body).cancelledAt).not.toBeNull();
      expect(await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'event.cancelled', targetId: created.id }, select: { actorId: true, details: true } })).toEqual({
        actorId: poster.id,
        details: { reason: 'Föreläsaren är sjuk.' },
      });

      expectError(await send('post', `/api/events/${created.id}/cancel`, poster.cookie, { version: created.version + 1 }), 409, 'CONFLICT');
      expect(await mailsTo(t, seat.email)).toHaveLength(1);
    });

    it('refuses a stranger (403), a stale version (412) and a personal identity number in the reason (400), cancelling nothing', async () => {
      const poster = await createPrincipal(t, world, 'member');
      const created = await event({ createdById: poster.id });
      const path = `/api/events/${created.id}/cancel`;
      expectError(await send('post', path, (await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id })).cookie, { version: created.version }), 403, 'FORBIDDEN');
      const stale = expectError(await send('post', path, poster.cookie, { version: created.version + 1 }), 412, 'VERSION_CONFLICT');
      expect(stale.details).toEqual({ currentVersion: created.version });
      expectValidationFailed(await send('post', path, poster.cookie, { version: created.version, reason: 'Gäller 811218-9876' }), [
        { path: ['reason'], code: 'custom', message: PERSONAL_IDENTITY_NUMBER_MESSAGE },
      ]);
      expectError(await send('post', `/api/events/${UNKNOWN_ID}/cancel`, poster.cookie, { version: 1 }), 404, 'NOT_FOUND');
      expect(await t.prisma.event.findUniqueOrThrow({ where: { id: created.id }, select: { cancelledAt: true, version: true } })).toEqual({ cancelledAt: null, version: created.version });
      expect(await t.prisma.auditEvent.count({ where: { action: 'event.cancelled', targetId: created.id } })).toBe(0);
    });
  });
});
