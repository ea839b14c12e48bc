import { AgencyPageSchema, AgencySchema, ErrorResponseSchema } from '@repo/contracts';
import { createAgency, unique } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type World } from './utils/principals';

describe('agencies', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await createPrincipal(t, await createWorld(t), 'member')).cookie;
  });
  afterAll(() => t.close());

  const get = (path: string) => request(t.http).get(path).set('Cookie', cookie);
  const list = (query: Record<string, string>) => get('/api/agencies').query(query);

  describe('GET /api/agencies', () => {
    it('finds "Socialtjänsten" from "socialtjanst": case and accents are ignored', async () => {
      const tag = unique('sok').replace('-', '');
      const agency = await createAgency(t.prisma, {
        name: `Socialtjänsten, ${tag} kommun`,
        sector: 'SOCIAL_SERVICES',
        municipalityCodes: ['1784'],
      });

      for (const q of [`socialtjanst ${tag}`, `SOCIALTJÄNSTEN ${tag}`, `Socialtjänst ${tag.toUpperCase()}`]) {
        const response = await list({ q }).expect(200);
        const page = AgencyPageSchema.parse(response.body);
        expect(page.items.map((item) => item.id)).toEqual([agency.id]);
        expect(page.items[0]).toMatchObject({
          name: `Socialtjänsten, ${tag} kommun`,
          sector: 'SOCIAL_SERVICES',
          municipalities: [{ code: '1784', name: 'Arvika' }],
        });
      }
    });

    it('finds words in the description by their stem, and names despite a one-letter slip', async () => {
      const agency = await createAgency(t.prisma, {
        name: `Ungdomsmottagningen Kvarnberget ${unique('x')}`,
        description: 'Samtalsstöd och avhopparstöd för unga.',
      });
      const byStem = AgencyPageSchema.parse((await list({ q: 'avhopp' }).expect(200)).body);
      expect(byStem.items.map((item) => item.id)).toContain(agency.id);
      const withTypo = AgencyPageSchema.parse((await list({ q: 'Ungdomsmotagningen Kvarnberget' }).expect(200)).body);
      expect(withTypo.items.map((item) => item.id)).toContain(agency.id);
      const unrelated = AgencyPageSchema.parse((await list({ q: 'Brandstation Kvarnberget' }).expect(200)).body);
      expect(unrelated.items.map((item) => item.id)).not.toContain(agency.id);
    });

    it('filters by municipality and sector together', async () => {
      const tag = unique('filter').replace('-', '');
      const wanted = await createAgency(t.prisma, { name: `Polis ${tag}`, sector: 'POLICE', municipalityCodes: ['1766', '1737'] });
      await createAgency(t.prisma, { name: `Skola ${tag}`, sector: 'SCHOOL', municipalityCodes: ['1766'] });
      await createAgency(t.prisma, { name: `Polis annan ${tag}`, sector: 'POLICE', municipalityCodes: ['1715'] });

      const page = AgencyPageSchema.parse((await list({ q: tag, municipality: '1766', sector: 'POLICE' }).expect(200)).body);
      expect(page.items.map((item) => item.id)).toEqual([wanted.id]);
      expect(page.items[0]?.municipalities.map((m) => m.name)).toEqual(['Sunne', 'Torsby']);
      expect(page.total).toBe(1);
    });

    it('pages through the results with a stable total, in Swedish alphabetical order', async () => {
      const tag = unique('ordning').replace('-', '');
      for (const name of ['Öje', 'Zeta', 'Ärla', 'Åby', 'Alfa']) {
        await createAgency(t.prisma, { name: `${name} ${tag}`, sector: 'RESEARCH', municipalityCodes: ['1785'] });
      }
      const first = AgencyPageSchema.parse((await list({ q: tag, pageSize: '3' }).expect(200)).body);
      const second = AgencyPageSchema.parse((await list({ q: tag, pageSize: '3', page: '2' }).expect(200)).body);
      expect(first).toMatchObject({ total: 5, page: 1, pageSize: 3 });
      expect(second).toMatchObject({ total: 5, page: 2, pageSize: 3 });
      expect([...first.items, ...second.items].map((item) => item.name.split(' ')[0])).toEqual([
        'Alfa', 'Zeta', 'Åby', 'Ärla', 'Öje',
      ]);
      const pastTheEnd = AgencyPageSchema.parse((await list({ q: tag, pageSize: '3', page: '3' }).expect(200)).body);
      expect(pastTheEnd).toMatchObject({ items: [], total: 5, page: 3 });
    });

    it('returns an empty page, not an error, past the last page', async () => {
      const page = AgencyPageSchema.parse((await list({ q: unique('ingen'), page: '9' }).expect(200)).body);
      expect(page).toEqual({ items: [], total: 0, page: 9, pageSize: 20 });
    });

    it.each([
      [{ page: '0' }, ['page'], 'too_small'],
      [{ pageSize: '101' }, ['pageSize'], 'too_big'],
      [{ sector: 'FIRE_BRIGADE' }, ['sector'], 'invalid_value'],
      [{ municipality: 'Karlstad' }, ['municipality'], 'invalid_format'],
      [{ q: 'x'.repeat(201) }, ['q'], 'too_big'],
      [{ role: 'ADMIN' }, [], 'unrecognized_keys'],
    ])('refuses %j with 400 naming the field and the reason', async (query, path, code) => {
      const response = await list(query).expect(400);
      const body = ErrorResponseSchema.parse(response.body);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.details?.issues).toEqual([expect.objectContaining({ path, code })]);
      expect(body.requestId).toBe(response.headers['x-request-id']);
    });
  });

  describe('GET /api/agencies/:id', () => {
    it('returns the agency', async () => {
      const created = await createAgency(t.prisma, { phone: '070-174 06 05', website: 'https://kil.example' });
      const response = await get(`/api/agencies/${created.id}`).expect(200);
      const agency = AgencySchema.parse(response.body);
      expect(agency).toMatchObject({ id: created.id, name: created.name, phone: '070-174 06 05', version: 1 });
    });

    it('answers 404 NOT_FOUND for an unknown id', async () => {
      const response = await get('/api/agencies/8a0f3a8e-6f55-4a4e-9d59-3c1b54a8f0aa').expect(404);
      expect(ErrorResponseSchema.parse(response.body).code).toBe('NOT_FOUND');
    });

    it('answers 400 for an id that is not a UUID', async () => {
      const response = await get('/api/agencies/karlstad').expect(400);
      expect(ErrorResponseSchema.parse(response.body).details?.issues).toEqual([
        expect.objectContaining({ path: ['id'], code: 'invalid_format' }),
      ]);
    });
  });

  describe('PATCH /api/agencies/:id', () => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(t);
    });

    const patch = (id: string, cookie: string, body: object) => asApp(request(t.http).patch(`/api/agencies/${id}`), { cookie }).send(body);

    it("lets the agency's own editor change its details, and audits the change", async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'], phone: '0570-100 00' });
      const editor = await createPrincipal(t, world, 'member', { agencyId: agency.id, isAgencyEditor: true });
      const response = await patch(agency.id, editor.cookie, { version: agency.version, phone: '0570-818 00', description: 'Ny text' }).expect(200);
      expect(AgencySchema.parse(response.body)).toMatchObject({ phone: '0570-818 00', description: 'Ny text', version: agency.version + 1 });
      const audit = await t.prisma.auditEvent.findFirst({ where: { action: 'agency.updated', targetId: agency.id } });
      expect(audit).toMatchObject({ actorId: editor.id, details: { changes: { phone: { from: '0570-100 00', to: '0570-818 00' }, description: { from: null, to: 'Ny text' } } } });
    });

    it('refuses a member who is not the editor, and an editor of another agency', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
      const colleague = await createPrincipal(t, world, 'member', { agencyId: agency.id });
      const otherEditor = await createPrincipal(t, world, 'member', { isAgencyEditor: true });
      for (const caller of [colleague, otherEditor]) {
        const response = await patch(agency.id, caller.cookie, { version: agency.version, phone: '000' }).expect(403);
        expect(ErrorResponseSchema.parse(response.body).code).toBe('FORBIDDEN');
      }
      expect(await t.prisma.agency.findUnique({ where: { id: agency.id }, select: { version: true, phone: true } })).toEqual({ version: agency.version, phone: null });
    });

    it('refuses a stale version with 412, so no edit is lost', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      await patch(agency.id, coordinator.cookie, { version: agency.version, city: 'Arvika' }).expect(200);
      const response = await patch(agency.id, coordinator.cookie, { version: agency.version, city: 'Kil' }).expect(412);
      expect(response.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: agency.version + 1 } });
      expect((await t.prisma.agency.findUniqueOrThrow({ where: { id: agency.id } })).city).toBe('Arvika');
    });

    it('refuses fields it does not accept and invalid values with 400, changing nothing', async () => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
      const admin = await createPrincipal(t, world, 'admin');
      const response = await patch(agency.id, admin.cookie, { version: agency.version, sector: 'POLICE', website: 'http://insecure.example' }).expect(400);
      expect(response.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid; see details.issues.',
        details: {
          issues: [
            { path: ['website'], code: 'invalid_format', message: 'must be an https:// address' },
            { path: [], code: 'unrecognized_keys', message: 'Unrecognized key: "sector"' },
          ],
        },
        requestId: expect.any(String),
      });
      expect(await t.prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { sector: true, version: true } })).toEqual({
        sector: 'SOCIAL_SERVICES',
        version: agency.version,
      });
    });
  });
});
