import { AgencySchema, AgencyFunctionSchema, ContactSchema, ErrorResponseSchema, HistoryPageSchema } from '@repo/contracts';
import { createAgency, createContact, unique } from '@repo/test-factories';
import request from 'supertest';
import { holdClock, MINUTE } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';

describe('field-level history of agencies, contacts and functions', () => {
  let t: TestApp;
  let world: World;
  let coordinator: Principal;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    coordinator = await createPrincipal(t, world, 'coordinatorInScope', { name: 'Cilla Historiksson', scopeMunicipalityCodes: ['1784', '1715'] });
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const send = (method: 'post' | 'patch', path: string, cookie: string, body: object = {}) => asApp(request(t.http)[method](path), { cookie }).send(body);
  const history = (path: string, cookie: string, query: Record<string, string> = {}) =>
    asApp(request(t.http).get(`${path}/history`), { cookie }).query(query);

  it("lists an agency's creation, field changes (references by name) and archiving, newest first", async () => {
    const clock = holdClock(t);
    const minute = (n: number) => new Date(clock.now.getTime() + n * MINUTE).toISOString();
    const parent = await createAgency(t.prisma, { name: `Arvika kommun ${unique('h')}`, municipalityCodes: ['1784'] });
    const name = `Fritidsgården Ungdomens hus ${unique('h')}`;
    const created = AgencySchema.parse(
      (await send('post', '/api/agencies', coordinator.cookie, { name, sector: 'LEISURE', municipalityCodes: ['1784'], phone: '0570-100 00' }).expect(201)).body,
    );
    clock.advance(MINUTE);
    await send('patch', `/api/agencies/${created.id}`, coordinator.cookie, {
      version: created.version,
      phone: '0570-818 00',
      parentId: parent.id,
      municipalityCodes: ['1784', '1715'],
    }).expect(200);
    clock.advance(MINUTE);
    await send('post', `/api/agencies/${created.id}/archive`, coordinator.cookie).expect(200);

    // Any coordinator may read it, also one for other municipalities.
    const reader = await createPrincipal(t, world, 'coordinatorOutOfScope');
    const page = HistoryPageSchema.parse((await history(`/api/agencies/${created.id}`, reader.cookie).expect(200)).body);
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.items.map((entry) => entry.action)).toEqual(['agency.archived', 'agency.updated', 'agency.created']);
    const actor = { name: 'Cilla Historiksson', email: coordinator.email };
    expect(page.items[0]).toEqual({ id: expect.any(String), at: minute(0), action: 'agency.archived', actor, changes: [] });
    expect(page.items[1]).toEqual({
      id: expect.any(String),
      at: minute(-1),
      action: 'agency.updated',
      actor,
      changes: [
        { field: 'parentId', from: null, to: parent.name },
        { field: 'municipalityCodes', from: ['Arvika'], to: ['Arvika', 'Kil'] },
        { field: 'phone', from: '0570-100 00', to: '0570-818 00' },
      ],
    });
    expect(page.items[2]?.changes).toEqual([
      { field: 'name', from: null, to: name },
      { field: 'sector', from: null, to: 'LEISURE' },
      { field: 'municipalityCodes', from: null, to: ['Arvika'] },
      { field: 'phone', from: null, to: '0570-100 00' },
    ]);

    const second = HistoryPageSchema.parse((await history(`/api/agencies/${created.id}`, reader.cookie, { page: '2', pageSize: '1' }).expect(200)).body);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(second.items.map((entry) => entry.action)).toEqual(['agency.updated']);
  });

  it("records a contact's update field by field, lists as codes and slugs, and shows them by name", async () => {
    const clock = holdClock(t);
    const contact = ContactSchema.parse(
      (await send('post', '/api/contacts', coordinator.cookie, { agencyId: world.agencyA.id, name: 'Sara Lindberg', municipalityCodes: ['1784'] }).expect(201)).body,
    );
    clock.advance(MINUTE);
    await send('patch', `/api/contacts/${contact.id}`, coordinator.cookie, {
      version: contact.version,
      title: 'Fältsekreterare',
      competenceSlugs: ['anhorigstod', 'avhopparstod'],
      municipalityCodes: ['1730', '1784'],
      awayUntil: '2026-12-24',
      name: 'Sara Lindberg',
    }).expect(200);
    clock.advance(MINUTE);
    await send('post', `/api/contacts/${contact.id}/verify`, coordinator.cookie).expect(200);

    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'contact.updated', targetId: contact.id } });
    expect(audit.details).toEqual({
      changes: {
        title: { from: null, to: 'Fältsekreterare' },
        competenceSlugs: { from: [], to: ['anhorigstod', 'avhopparstod'] },
        municipalityCodes: { from: ['1784'], to: ['1730', '1784'] },
        awayUntil: { from: null, to: '2026-12-24' },
      },
    });

    const admin = await createPrincipal(t, world, 'admin');
    const page = HistoryPageSchema.parse((await history(`/api/contacts/${contact.id}`, admin.cookie).expect(200)).body);
    expect(page.items.map((entry) => entry.action)).toEqual(['contact.verified', 'contact.updated', 'contact.created']);
    expect(page.items[1]?.changes).toEqual([
      { field: 'title', from: null, to: 'Fältsekreterare' },
      { field: 'municipalityCodes', from: ['Arvika'], to: ['Arvika', 'Eda'] },
      {
        field: 'competenceSlugs',
        from: [],
        to: [
          { sv: 'Anhörigstöd', en: 'Support to relatives' },
          { sv: 'Avhopparstöd', en: 'Exit support' },
        ],
      },
      { field: 'awayUntil', from: null, to: '2026-12-24' },
    ]);
  });

  it("records a function's updates and handovers, and shows the holders by name", async () => {
    const clock = holdClock(t);
    const holder = await createContact(t.prisma, { agencyId: world.agencyA.id, name: 'Jonas Berg' });
    const seat = AgencyFunctionSchema.parse(
      (await send('post', '/api/functions', coordinator.cookie, { agencyId: world.agencyA.id, name: 'SSPF-samordnare, Arvika' }).expect(201)).body,
    );
    clock.advance(MINUTE);
    await send('patch', `/api/functions/${seat.id}`, coordinator.cookie, { version: seat.version, mailbox: 'sspf@arvika.example', name: 'SSPF-samordnare, Arvika' }).expect(200);
    clock.advance(MINUTE);
    await send('post', `/api/functions/${seat.id}/handover`, coordinator.cookie, { version: seat.version + 1, holderId: holder.id }).expect(200);

    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'function.updated', targetId: seat.id } });
    expect(audit.details).toEqual({ changes: { mailbox: { from: null, to: 'sspf@arvika.example' } } });

    const page = HistoryPageSchema.parse((await history(`/api/functions/${seat.id}`, coordinator.cookie).expect(200)).body);
    expect(page.items.map((entry) => [entry.action, entry.changes])).toEqual([
      ['function.handed_over', [{ field: 'holder', from: null, to: 'Jonas Berg' }]],
      ['function.updated', [{ field: 'mailbox', from: null, to: 'sspf@arvika.example' }]],
      ['function.created', []],
    ]);
  });

  it('shows older entries that recorded only the field names, and entries without an actor', async () => {
    const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
    await t.prisma.auditEvent.create({
      data: { at: new Date('2026-01-02T08:00:00Z'), action: 'contact.updated', targetType: 'contact', targetId: contact.id, details: { fields: ['phone', 'title'] } },
    });
    const page = HistoryPageSchema.parse((await history(`/api/contacts/${contact.id}`, coordinator.cookie).expect(200)).body);
    expect(page.items).toEqual([
      { id: expect.any(String), at: '2026-01-02T08:00:00.000Z', action: 'contact.updated', actor: null, changes: [{ field: 'title' }, { field: 'phone' }] },
    ]);
  });

  it('keeps one record’s history apart from another’s of the same id space', async () => {
    const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
    const contact = await createContact(t.prisma, { agencyId: agency.id });
    await t.prisma.auditEvent.create({
      data: { at: new Date(), action: 'contact.archived', targetType: 'contact', targetId: agency.id, details: {} },
    });
    const page = HistoryPageSchema.parse((await history(`/api/agencies/${agency.id}`, coordinator.cookie).expect(200)).body);
    expect(page).toMatchObject({ items: [], total: 0 });
    expect(HistoryPageSchema.parse((await history(`/api/contacts/${contact.id}`, coordinator.cookie).expect(200)).body).total).toBe(0);
  });

  it.each(['agencies', 'contacts', 'functions'])('answers 404 for an unknown %s id and 400 for a bad id or page', async (kind) => {
    const unknown = await history(`/api/${kind}/8a0f3a8e-6f55-4a4e-9d59-3c1b54a8f0aa`, coordinator.cookie).expect(404);
    expect(ErrorResponseSchema.parse(unknown.body).code).toBe('NOT_FOUND');
    const badId = await history(`/api/${kind}/karlstad`, coordinator.cookie).expect(400);
    expect(ErrorResponseSchema.parse(badId.body).details?.issues).toEqual([expect.objectContaining({ path: ['id'], code: 'invalid_format' })]);
    const badPage = await history(`/api/${kind}/${world.agencyA.id}`, coordinator.cookie, { page: '0' }).expect(400);
    expect(ErrorResponseSchema.parse(badPage.body).details?.issues).toEqual([expect.objectContaining({ path: ['page'], code: 'too_small' })]);
  });

  it("refuses members, even the agency's own editor", async () => {
    const editor = await createPrincipal(t, world, 'member', { isAgencyEditor: true });
    const response = await history(`/api/agencies/${world.agencyA.id}`, editor.cookie).expect(403);
    expect(ErrorResponseSchema.parse(response.body).code).toBe('FORBIDDEN');
  });
});
