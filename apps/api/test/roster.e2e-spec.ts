import { AgencyFunctionListSchema, AgencyFunctionSchema, ContactPageSchema, ContactSchema } from '@repo/contracts';
import { createAgency, createContact, createFunction } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type World } from './utils/principals';

describe('the roster: contacts and functions', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  const send = (method: 'post' | 'patch', path: string, cookie: string, body: object = {}) => asApp(request(t.http)[method](path), { cookie }).send(body);

  describe('contacts', () => {
    it("lets an agency's editor add a contact with competences and municipalities, verified at once", async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
      const editor = await createPrincipal(t, world, 'member', { agencyId: agency.id, isAgencyEditor: true });
      const response = await send('post', '/api/contacts', editor.cookie, {
        agencyId: agency.id,
        name: 'Sara Lindberg',
        title: 'Fältsekreterare',
        competenceSlugs: ['anhorigstod', 'avhopparstod'],
        municipalityCodes: ['1784', '1730'],
        languages: ['sv', 'ar'],
      }).expect(201);
      const contact = ContactSchema.parse(response.body);
      expect(contact).toMatchObject({
        name: 'Sara Lindberg',
        agency: { id: agency.id },
        municipalities: [{ code: '1784', name: 'Arvika' }, { code: '1730', name: 'Eda' }],
        competences: [{ slug: 'avhopparstod' }, { slug: 'anhorigstod' }],
        languages: ['sv', 'ar'],
        isStale: false,
        isAway: false,
        hasAccount: false,
      });
      expect(await t.prisma.auditEvent.count({ where: { action: 'contact.created', targetId: contact.id, actorId: editor.id } })).toBe(1);
    });

    it('refuses an unknown competence with the field and writes nothing', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const before = await t.prisma.contact.count({ where: { agencyId: world.agencyA.id } });
      const response = await send('post', '/api/contacts', admin.cookie, { agencyId: world.agencyA.id, name: 'X Y', competenceSlugs: ['astrologi'] }).expect(400);
      expect(response.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'Unknown competence: astrologi.',
        details: { issues: [{ path: ['competenceSlugs'], code: 'not_found', message: 'Unknown competence: astrologi.' }] },
        requestId: expect.any(String),
      });
      expect(await t.prisma.contact.count({ where: { agencyId: world.agencyA.id } })).toBe(before);
    });

    it("lets users edit their own entry, and nobody else's without a right to the roster", async () => {
      const owner = await createPrincipal(t, world, 'member');
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id, userId: owner.id });
      const colleague = await createPrincipal(t, world, 'member');

      await send('patch', `/api/contacts/${contact.id}`, colleague.cookie, { version: contact.version, title: 'Rektor' }).expect(403);
      const response = await send('patch', `/api/contacts/${contact.id}`, owner.cookie, { version: contact.version, askMeAbout: 'Orosanmälan' }).expect(200);
      expect(ContactSchema.parse(response.body)).toMatchObject({ askMeAbout: 'Orosanmälan', hasAccount: true, version: contact.version + 1 });
    });

    it('refuses a stale version with 412 and a field it does not take with 400, changing nothing', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
      await send('patch', `/api/contacts/${contact.id}`, coordinator.cookie, { version: contact.version, title: 'Kurator' }).expect(200);
      const stale = await send('patch', `/api/contacts/${contact.id}`, coordinator.cookie, { version: contact.version, title: 'Rektor' }).expect(412);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: contact.version + 1 } });
      const moved = await send('patch', `/api/contacts/${contact.id}`, coordinator.cookie, { version: contact.version + 1, agencyId: world.agencyB.id }).expect(400);
      expect(moved.body.details.issues).toEqual([{ path: [], code: 'unrecognized_keys', message: 'Unrecognized key: "agencyId"' }]);
      expect(await t.prisma.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { title: true, agencyId: true } })).toEqual({
        title: 'Kurator',
        agencyId: world.agencyA.id,
      });
    });

    it('marks contacts unverified for twelve months as stale, and away until their return day', async () => {
      const reader = await createPrincipal(t, world, 'member');
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1766'] });
      const thirteenMonthsAgo = new Date(Date.now() - 395 * 86_400_000);
      await createContact(t.prisma, { agencyId: agency.id, name: 'Gammal Uppgift', lastVerifiedAt: thirteenMonthsAgo });
      await createContact(t.prisma, { agencyId: agency.id, name: 'Borta Tillsvidare', awayUntil: new Date(Date.now() + 30 * 86_400_000) });
      const response = await request(t.http).get('/api/contacts').query({ agencyId: agency.id }).set('Cookie', reader.cookie).expect(200);
      const page = ContactPageSchema.parse(response.body);
      expect(page.items.map(({ name, isStale, isAway }) => ({ name, isStale, isAway }))).toEqual([
        { name: 'Borta Tillsvidare', isStale: false, isAway: true },
        { name: 'Gammal Uppgift', isStale: true, isAway: false },
      ]);
    });

    it('lets the person confirm their details are still correct, which ends their staleness', async () => {
      const owner = await createPrincipal(t, world, 'member');
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id, userId: owner.id, lastVerifiedAt: new Date(Date.now() - 400 * 86_400_000) });
      const other = await createPrincipal(t, world, 'member');
      await send('post', `/api/contacts/${contact.id}/verify`, other.cookie).expect(403);
      const mine = await request(t.http).get('/api/contacts/mine').set('Cookie', owner.cookie).expect(200);
      expect(ContactSchema.parse(mine.body)).toMatchObject({ id: contact.id, isStale: true });
      const response = await send('post', `/api/contacts/${contact.id}/verify`, owner.cookie).expect(200);
      expect(ContactSchema.parse(response.body)).toMatchObject({ isStale: false, version: contact.version });
      expect(await t.prisma.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { lastVerifiedById: true } })).toEqual({ lastVerifiedById: owner.id });
      expect(await t.prisma.auditEvent.count({ where: { action: 'contact.verified', targetId: contact.id, actorId: owner.id } })).toBe(1);
    });

    it('says who confirmed the details last, by name', async () => {
      const editor = await createPrincipal(t, world, 'coordinatorInScope', { name: 'Vera Verifierare' });
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id, lastVerifiedAt: null });
      const before = await request(t.http).get(`/api/contacts/${contact.id}`).set('Cookie', editor.cookie).expect(200);
      expect(ContactSchema.parse(before.body)).toMatchObject({ lastVerifiedAt: null, lastVerifiedBy: null, isStale: true });
      await send('post', `/api/contacts/${contact.id}/verify`, editor.cookie).expect(200);
      const after = await request(t.http).get('/api/contacts').query({ agencyId: world.agencyA.id, q: contact.name }).set('Cookie', editor.cookie).expect(200);
      expect(ContactPageSchema.parse(after.body).items).toEqual([expect.objectContaining({ id: contact.id, lastVerifiedBy: 'Vera Verifierare', isStale: false })]);
    });

    it('finds contacts by part of the name, case ignored, for the pickers', async () => {
      const reader = await createPrincipal(t, world, 'member');
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1737'] });
      const wanted = await createContact(t.prisma, { agencyId: agency.id, name: 'Åsa Qvistbergh' });
      await createContact(t.prisma, { agencyId: agency.id, name: 'Åke Lindholm' });
      const response = await request(t.http).get('/api/contacts').query({ q: 'qvistBERG' }).set('Cookie', reader.cookie).expect(200);
      const page = ContactPageSchema.parse(response.body);
      expect(page).toMatchObject({ total: 1, items: [{ id: wanted.id, name: 'Åsa Qvistbergh' }] });
      const tooLong = await request(t.http).get('/api/contacts').query({ q: 'x'.repeat(121) }).set('Cookie', reader.cookie).expect(400);
      expect(tooLong.body.details.issues).toEqual([expect.objectContaining({ path: ['q'], code: 'too_big' })]);
    });

    it('archives instead of deleting: the contact leaves the directory', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
      await send('post', `/api/contacts/${contact.id}/archive`, admin.cookie).expect(204);
      await request(t.http).get(`/api/contacts/${contact.id}`).set('Cookie', admin.cookie).expect(404);
      expect(await t.prisma.contact.findUnique({ where: { id: contact.id }, select: { archivedAt: true } })).toEqual({ archivedAt: expect.any(Date) });
    });
  });

  describe('functions', () => {
    it('hands a seat over in one action, keeps the history, and shows a seat without holder as vacant', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1766'] });
      const coordinator = await createPrincipal(t, world, 'admin');
      const anna = await createContact(t.prisma, { agencyId: agency.id, name: 'Anna Berg' });
      const karim = await createContact(t.prisma, { agencyId: agency.id, name: 'Karim Nasser' });
      const seat = await createFunction(t.prisma, { agencyId: agency.id, name: 'Samordnare mot våldsbejakande extremism, Sunne kommun', holderId: anna.id });

      const handedOver = await send('post', `/api/functions/${seat.id}/handover`, coordinator.cookie, {
        version: seat.version,
        holderId: karim.id,
        deputyId: anna.id,
        note: 'Anna går över till elevhälsan',
      }).expect(200);
      expect(AgencyFunctionSchema.parse(handedOver.body)).toMatchObject({
        holder: { id: karim.id, name: 'Karim Nasser' },
        deputy: { id: anna.id, name: 'Anna Berg' },
        isVacant: false,
        history: [{ fromHolder: 'Anna Berg', toHolder: 'Karim Nasser', fromDeputy: null, toDeputy: 'Anna Berg', note: 'Anna går över till elevhälsan' }],
      });

      const vacated = await send('post', `/api/functions/${seat.id}/handover`, coordinator.cookie, { version: seat.version + 1, holderId: null }).expect(200);
      expect(AgencyFunctionSchema.parse(vacated.body)).toMatchObject({ holder: null, isVacant: true, deputy: { name: 'Anna Berg' } });
      expect(vacated.body.history).toHaveLength(2);

      const vacant = await request(t.http).get('/api/functions').query({ agencyId: agency.id, vacant: 'true' }).set('Cookie', coordinator.cookie).expect(200);
      expect(AgencyFunctionListSchema.parse(vacant.body).items.map((item) => item.id)).toEqual([seat.id]);
      expect(await t.prisma.auditEvent.count({ where: { action: 'function.handed_over', targetId: seat.id } })).toBe(2);
    });

    it('keeps the kind of a seat, and lists the seats a contact holds or stands in for, with who is away until when', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1766'] });
      const editor = await createPrincipal(t, world, 'member', { agencyId: agency.id, isAgencyEditor: true });
      const away = await createContact(t.prisma, { agencyId: agency.id, name: 'Borta Bortasson', awayUntil: new Date('2099-01-31T00:00:00Z') });
      const deputy = await createContact(t.prisma, { agencyId: agency.id, name: 'Stina Ställföreträdare' });

      const created = await send('post', '/api/functions', editor.cookie, { agencyId: agency.id, name: 'SSPF-samordnare, Sunne', kind: 'SSP_COORDINATOR' }).expect(201);
      const seat = AgencyFunctionSchema.parse(created.body);
      expect(seat).toMatchObject({ kind: 'SSP_COORDINATOR', isVacant: true, version: 1 });
      const other = AgencyFunctionSchema.parse((await send('post', '/api/functions', editor.cookie, { agencyId: agency.id, name: 'Övrigt uppdrag' }).expect(201)).body);
      expect(other.kind).toBe('OTHER');

      const changed = await send('patch', `/api/functions/${seat.id}`, editor.cookie, { version: seat.version, kind: 'CVE_COORDINATOR' }).expect(200);
      expect(AgencyFunctionSchema.parse(changed.body)).toMatchObject({ kind: 'CVE_COORDINATOR', version: seat.version + 1 });
      const wrongKind = await send('patch', `/api/functions/${seat.id}`, editor.cookie, { version: seat.version + 1, kind: 'ASTROLOGER' }).expect(400);
      expect(wrongKind.body.details.issues).toEqual([expect.objectContaining({ path: ['kind'], code: 'invalid_value' })]);

      await send('post', `/api/functions/${seat.id}/handover`, editor.cookie, { version: seat.version + 1, holderId: away.id, deputyId: deputy.id }).expect(200);
      await send('post', `/api/functions/${other.id}/handover`, editor.cookie, { version: other.version, holderId: deputy.id, deputyId: away.id }).expect(200);
      await createFunction(t.prisma, { agencyId: agency.id, name: 'Någon annans plats' });

      const held = await request(t.http).get('/api/functions').query({ contactId: away.id }).set('Cookie', editor.cookie).expect(200);
      const items = AgencyFunctionListSchema.parse(held.body).items;
      expect(items.map((item) => item.name)).toEqual(['SSPF-samordnare, Sunne', 'Övrigt uppdrag']);
      expect(items[0]).toMatchObject({
        kind: 'CVE_COORDINATOR',
        holder: { id: away.id, isAway: true, awayUntil: '2099-01-31' },
        deputy: { id: deputy.id, isAway: false, awayUntil: null },
      });
    });

    it('refuses a handover to someone who is not in the roster, or from a stale view', async () => {
      const admin = await createPrincipal(t, world, 'admin');
      const seat = await createFunction(t.prisma, { agencyId: world.agencyA.id });
      const missing = await send('post', `/api/functions/${seat.id}/handover`, admin.cookie, {
        version: seat.version,
        holderId: '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10',
      }).expect(400);
      expect(missing.body.details.issues).toEqual([{ path: ['holderId'], code: 'not_found', message: 'There is no such contact.' }]);
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
      await send('post', `/api/functions/${seat.id}/handover`, admin.cookie, { version: seat.version + 5, holderId: contact.id }).expect(412);
      expect(await t.prisma.functionHandover.count({ where: { functionId: seat.id } })).toBe(0);
    });
  });

  describe('when a user deletes their account', () => {
    it('keeps their contact entry and seats, unverified, and tells the coordinators', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1762'] });
      const leaver = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      const contact = await createContact(t.prisma, { agencyId: agency.id, userId: leaver.id, name: 'Lämnar Portalen' });
      const seat = await createFunction(t.prisma, { agencyId: agency.id, holderId: contact.id });
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope', { scopeMunicipalityCodes: ['1762'] });
      const coordinatorEmail = (await t.prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).email;

      await asApp(request(t.http).delete('/api/me'), { cookie: leaver.cookie }).send({ password: leaver.password }).expect(204);

      expect(await t.prisma.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { userId: true, lastVerifiedAt: true, archivedAt: true } })).toEqual({
        userId: null,
        lastVerifiedAt: null,
        archivedAt: null,
      });
      expect(await t.prisma.agencyFunction.findUniqueOrThrow({ where: { id: seat.id }, select: { holderId: true } })).toEqual({ holderId: contact.id });
      const mail = await t.prisma.outboxMail.findFirst({ where: { to: coordinatorEmail, subject: 'Kontaktpost att se över: Lämnar Portalen' } });
      expect(mail?.text).toContain('1 funktion(er)');
    });
  });
});
