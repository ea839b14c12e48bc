import { AgencyNameListSchema, AgencyPageSchema, AgencySchema, ErrorResponseSchema } from '@repo/contracts';
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
      // Shares the first word and all but a few letters of the second: every word must still be found.
      await createAgency(t.prisma, { name: `Socialtjänsten, ${unique('sok').replace('-', '')} kommun`, sector: 'SOCIAL_SERVICES' });

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
      const response = await patch(agency.id, admin.cookie, { version: agency.version, archivedAt: null, website: 'http://insecure.example' }).expect(400);
      expect(response.body).toEqual({
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid; see details.issues.',
        details: {
          issues: [
            { path: ['website'], code: 'invalid_format', message: 'must be an https:// address' },
            { path: [], code: 'unrecognized_keys', message: 'Unrecognized key: "archivedAt"' },
          ],
        },
        requestId: expect.any(String),
      });
      expect(await t.prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { archivedAt: true, website: true, version: true } })).toEqual({
        archivedAt: null,
        website: null,
        version: agency.version,
      });
    });
  });

  describe('agencies in full: create, restructure, archive', () => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(t);
    });

    const send = (method: 'post' | 'patch', path: string, cookie: string, body?: object) => {
      const test = asApp(request(t.http)[method](path), { cookie });
      return body ? test.send(body) : test;
    };
    const create = (cookie: string, body: object) => send('post', '/api/agencies', cookie, body);
    const patch = (id: string, cookie: string, body: object) => send('patch', `/api/agencies/${id}`, cookie, body);
    const archive = (id: string, cookie: string) => send('post', `/api/agencies/${id}/archive`, cookie);
    const row = (id: string) =>
      t.prisma.agency.findUniqueOrThrow({
        where: { id },
        select: { version: true, parentId: true, sector: true, archivedAt: true, phone: true, municipalities: { select: { municipalityCode: true } } },
      });
    const codesOf = async (id: string) => (await row(id)).municipalities.map((m) => m.municipalityCode).sort();
    const under = async (parentId: string, overrides: Parameters<typeof createAgency>[1] = {}) => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'], ...overrides });
      await t.prisma.agency.update({ where: { id: agency.id }, data: { parentId } });
      return agency;
    };
    const expectIssue = (body: unknown, path: string[], code: string) => {
      const error = ErrorResponseSchema.parse(body);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details?.issues).toEqual([expect.objectContaining({ path, code })]);
    };

    describe('POST /api/agencies', () => {
      it('lets a coordinator create an agency in their municipality under a parent organisation, and audits it', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
        const parent = await createAgency(t.prisma, { name: `Arvika kommun ${unique('p')}`, sector: 'POLITICS', municipalityCodes: ['1784'] });
        const name = `Socialtjänsten, Arvika kommun ${unique('ny')}`;
        const response = await create(coordinator.cookie, {
          name,
          sector: 'SOCIAL_SERVICES',
          municipalityCodes: ['1784', '1784'],
          parentId: parent.id,
          phone: '0570-818 00',
          website: 'https://arvika.example/soc',
          description: 'Exempeldata.',
        }).expect(201);
        const agency = AgencySchema.parse(response.body);
        expect(agency).toMatchObject({
          name,
          sector: 'SOCIAL_SERVICES',
          municipalities: [{ code: '1784', name: 'Arvika' }],
          parent: { id: parent.id, name: parent.name },
          children: [],
          archivedAt: null,
          version: 1,
          phone: '0570-818 00',
          email: null,
        });

        const parentNow = AgencySchema.parse((await get(`/api/agencies/${parent.id}`).expect(200)).body);
        expect(parentNow.children).toEqual([{ id: agency.id, name }]);

        const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'agency.created', targetId: agency.id } });
        expect(audit).toMatchObject({ actorId: coordinator.id, targetType: 'agency', targetLabel: name });
        expect(audit.details).toEqual({
          changes: {
            name: { from: null, to: name },
            sector: { from: null, to: 'SOCIAL_SERVICES' },
            municipalityCodes: { from: null, to: ['1784'] },
            parentId: { from: null, to: parent.id },
            phone: { from: null, to: '0570-818 00' },
            website: { from: null, to: 'https://arvika.example/soc' },
            description: { from: null, to: 'Exempeldata.' },
          },
        });
      });

      it('refuses a coordinator an agency reaching outside their municipalities, and creates nothing', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
        const name = `Gemensam nämnd ${unique('x')}`;
        const response = await create(coordinator.cookie, { name, sector: 'POLITICS', municipalityCodes: ['1784', '1715'] }).expect(403);
        expect(ErrorResponseSchema.parse(response.body).code).toBe('FORBIDDEN');
        expect(await t.prisma.agency.count({ where: { name } })).toBe(0);
      });

      it('lets a whole-region coordinator and an administrator create regional agencies', async () => {
        const allOfVarmland = (await t.prisma.municipality.findMany({ where: { regionCode: '17' }, select: { code: true } })).map((m) => m.code);
        expect(allOfVarmland).toHaveLength(16);
        const regional = await createPrincipal(t, world, 'coordinatorInScope', { scopeMunicipalityCodes: [], coordinatesWholeRegion: true });
        const admin = await createPrincipal(t, world, 'admin');
        for (const caller of [regional, admin]) {
          const response = await create(caller.cookie, { name: `Regionförbund ${unique('r')}`, sector: 'CIVIL_SOCIETY', municipalityCodes: allOfVarmland }).expect(201);
          expect(AgencySchema.parse(response.body).municipalities).toHaveLength(16);
        }
      });

      it.each([
        ['an unknown municipality', { municipalityCodes: ['1784', '1799'] }, ['municipalityCodes'], 'not_found'],
        ['no municipality', { municipalityCodes: [] }, ['municipalityCodes'], 'too_small'],
        ['an unknown parent', { parentId: '8a0f3a8e-6f55-4a4e-9d59-3c1b54a8f0aa' }, ['parentId'], 'not_found'],
        ['no sector', { sector: undefined }, ['sector'], 'invalid_value'],
        ['a one-letter name', { name: 'A' }, ['name'], 'too_small'],
      ])('refuses %s with 400 on the field, creating nothing', async (_case, overrides, path, code) => {
        const admin = await createPrincipal(t, world, 'admin');
        const before = await t.prisma.agency.count();
        const response = await create(admin.cookie, { name: `Ofullständig ${unique('bad')}`, sector: 'SCHOOL', municipalityCodes: ['1784'], ...overrides }).expect(400);
        expectIssue(response.body, path, code);
        expect(await t.prisma.agency.count()).toBe(before);
      });

      it('refuses an archived parent organisation with 400 on parentId', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const parent = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        await t.prisma.agency.update({ where: { id: parent.id }, data: { archivedAt: new Date() } });
        const name = `Under arkiverad ${unique('u')}`;
        const response = await create(admin.cookie, { name, sector: 'SCHOOL', municipalityCodes: ['1784'], parentId: parent.id }).expect(400);
        expectIssue(response.body, ['parentId'], 'archived');
        expect(await t.prisma.agency.count({ where: { name } })).toBe(0);
      });
    });

    describe('PATCH /api/agencies/:id: structure', () => {
      it('lets a coordinator move an agency under a parent and extend its coverage within their municipalities, audited field by field', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope', { scopeMunicipalityCodes: ['1784', '1715'] });
        const parent = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'], sector: 'SCHOOL' });
        const response = await patch(agency.id, coordinator.cookie, {
          version: agency.version,
          parentId: parent.id,
          municipalityCodes: ['1715', '1784'],
          sector: 'LEISURE',
        }).expect(200);
        expect(AgencySchema.parse(response.body)).toMatchObject({
          parent: { id: parent.id, name: parent.name },
          sector: 'LEISURE',
          municipalities: [
            { code: '1784', name: 'Arvika' },
            { code: '1715', name: 'Kil' },
          ],
          version: agency.version + 1,
        });
        const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'agency.updated', targetId: agency.id } });
        expect(audit.details).toEqual({
          changes: {
            parentId: { from: null, to: parent.id },
            municipalityCodes: { from: ['1784'], to: ['1715', '1784'] },
            sector: { from: 'SCHOOL', to: 'LEISURE' },
          },
        });

        // Leaving the parent again is a change of its own.
        await patch(agency.id, coordinator.cookie, { version: agency.version + 1, parentId: null }).expect(200);
        expect((await row(agency.id)).parentId).toBeNull();
      });

      it("lets the agency's editor change its details but not its sector, coverage or parent (403, nothing written)", async () => {
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const parent = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const editor = await createPrincipal(t, world, 'member', { agencyId: agency.id, isAgencyEditor: true });
        for (const change of [{ municipalityCodes: ['1784', '1715'] }, { sector: 'POLICE' }, { parentId: parent.id }]) {
          const response = await patch(agency.id, editor.cookie, { version: agency.version, phone: '0570-1', ...change }).expect(403);
          expect(ErrorResponseSchema.parse(response.body).code).toBe('FORBIDDEN');
        }
        expect(await row(agency.id)).toMatchObject({ version: agency.version, phone: null, sector: 'SOCIAL_SERVICES', parentId: null });
        expect(await codesOf(agency.id)).toEqual(['1784']);

        // Sending the coverage it already has, in any order, is no change and so allowed.
        await patch(agency.id, editor.cookie, { version: agency.version, phone: '0570-2', municipalityCodes: ['1784'], sector: 'SOCIAL_SERVICES' }).expect(200);
        expect(await row(agency.id)).toMatchObject({ version: agency.version + 1, phone: '0570-2' });
      });

      it('refuses a coordinator adding or removing a municipality outside their own', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
        const arvika = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const shared = await createAgency(t.prisma, { municipalityCodes: ['1784', '1715'] });
        await patch(arvika.id, coordinator.cookie, { version: arvika.version, municipalityCodes: ['1784', '1715'] }).expect(403);
        await patch(shared.id, coordinator.cookie, { version: shared.version, municipalityCodes: ['1784'] }).expect(403);
        expect(await codesOf(arvika.id)).toEqual(['1784']);
        expect(await codesOf(shared.id)).toEqual(['1715', '1784']);
        // Within their own municipality, the same coordinator may change the shared agency.
        await patch(shared.id, coordinator.cookie, { version: shared.version, municipalityCodes: ['1715', '1784', '1784'], sector: 'POLICE' }).expect(200);
      });

      it('refuses making an agency its own parent, or a parent of its own parent, with 400 on parentId and nothing written', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const top = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const middle = await under(top.id);
        const bottom = await under(middle.id);

        const self = await patch(top.id, admin.cookie, { version: top.version, parentId: top.id, phone: '0570-9' }).expect(400);
        expectIssue(self.body, ['parentId'], 'self');
        for (const descendant of [middle, bottom]) {
          const cycle = await patch(top.id, admin.cookie, { version: top.version, parentId: descendant.id, phone: '0570-9' }).expect(400);
          expectIssue(cycle.body, ['parentId'], 'cycle');
        }
        expect(await row(top.id)).toMatchObject({ version: top.version, parentId: null, phone: null });

        // Moving the bottom one directly under the top is fine: no cycle.
        await patch(bottom.id, admin.cookie, { version: (await row(bottom.id)).version, parentId: top.id }).expect(200);
      });

      it('refuses an unknown municipality or an archived parent with 400, changing nothing else', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const archived = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        await t.prisma.agency.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

        const unknown = await patch(agency.id, admin.cookie, { version: agency.version, phone: '1', municipalityCodes: ['1799'] }).expect(400);
        expectIssue(unknown.body, ['municipalityCodes'], 'not_found');
        const archivedParent = await patch(agency.id, admin.cookie, { version: agency.version, phone: '1', parentId: archived.id }).expect(400);
        expectIssue(archivedParent.body, ['parentId'], 'archived');
        expect(await row(agency.id)).toMatchObject({ version: agency.version, phone: null, parentId: null });
      });

      it('refuses a stale version with 412 and keeps the coverage the other editor saved', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        await patch(agency.id, admin.cookie, { version: agency.version, municipalityCodes: ['1784', '1766'] }).expect(200);
        const response = await patch(agency.id, admin.cookie, { version: agency.version, municipalityCodes: ['1715'], phone: '0570-3' }).expect(412);
        expect(response.body).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: agency.version + 1 } });
        expect(await codesOf(agency.id)).toEqual(['1766', '1784']);
        expect(await row(agency.id)).toMatchObject({ phone: null, version: agency.version + 1 });
      });

      it('writes nothing for a request that changes nothing, but still tells a stale client', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'], phone: '0570-4' });
        const same = await patch(agency.id, admin.cookie, { version: agency.version, phone: '0570-4', municipalityCodes: ['1784'] }).expect(200);
        expect(AgencySchema.parse(same.body).version).toBe(agency.version);
        expect(await t.prisma.auditEvent.count({ where: { targetId: agency.id } })).toBe(0);
        await patch(agency.id, admin.cookie, { version: agency.version + 7, phone: '0570-4' }).expect(412);
      });
    });

    describe('POST /api/agencies/:id/archive', () => {
      it('archives: the agency leaves the lists and the names but stays readable by id, and the archiving is audited', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
        const tag = unique('arkiv').replace('-', '');
        const agency = await createAgency(t.prisma, { name: `Fältgruppen ${tag}`, sector: 'RESEARCH', municipalityCodes: ['1784'] });
        const filtered = async () => AgencyPageSchema.parse((await list({ municipality: '1784', sector: 'RESEARCH', pageSize: '100' }).expect(200)).body).items.map((a) => a.id);
        expect(AgencyPageSchema.parse((await list({ q: tag }).expect(200)).body).total).toBe(1);
        expect(await filtered()).toContain(agency.id);

        const response = await archive(agency.id, coordinator.cookie).expect(200);
        const archived = AgencySchema.parse(response.body);
        expect(archived.archivedAt).not.toBeNull();
        expect(archived.version).toBe(agency.version + 1);

        expect(AgencyPageSchema.parse((await list({ q: tag }).expect(200)).body)).toMatchObject({ items: [], total: 0 });
        expect(await filtered()).not.toContain(agency.id);
        const names = AgencyNameListSchema.parse((await request(t.http).get('/api/agencies/names').expect(200)).body);
        expect(names.items.map((item) => item.id)).not.toContain(agency.id);
        expect(AgencySchema.parse((await get(`/api/agencies/${agency.id}`).expect(200)).body).archivedAt).toBe(archived.archivedAt);

        expect(await t.prisma.auditEvent.findFirst({ where: { action: 'agency.archived', targetId: agency.id } })).toMatchObject({ actorId: coordinator.id });
        expect(await t.prisma.agency.count({ where: { id: agency.id } })).toBe(1);
      });

      it('refuses archiving an agency with sub-organisations (409, naming them) until they are archived', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const parent = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        const child = await under(parent.id);

        const refused = await archive(parent.id, admin.cookie).expect(409);
        expect(refused.body).toMatchObject({ code: 'CONFLICT', details: { reason: 'HAS_SUB_AGENCIES', children: [{ id: child.id, name: child.name }] } });
        expect((await row(parent.id)).archivedAt).toBeNull();

        await archive(child.id, admin.cookie).expect(200);
        expect(AgencySchema.parse((await get(`/api/agencies/${parent.id}`).expect(200)).body).children).toEqual([]);
        await archive(parent.id, admin.cookie).expect(200);
      });

      it('refuses archiving twice, and changing an archived agency', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        await archive(agency.id, admin.cookie).expect(200);
        expect((await archive(agency.id, admin.cookie).expect(409)).body).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_ARCHIVED' } });
        const edit = await patch(agency.id, admin.cookie, { version: agency.version + 1, phone: '0570-5' }).expect(409);
        expect(ErrorResponseSchema.parse(edit.body).code).toBe('CONFLICT');
        expect(await t.prisma.auditEvent.count({ where: { action: 'agency.archived', targetId: agency.id } })).toBe(1);
      });

      it('lets a coordinator archive only agencies working entirely within their municipalities', async () => {
        const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
        const shared = await createAgency(t.prisma, { municipalityCodes: ['1784', '1715'] });
        expect(ErrorResponseSchema.parse((await archive(shared.id, coordinator.cookie).expect(403)).body).code).toBe('FORBIDDEN');
        expect((await row(shared.id)).archivedAt).toBeNull();
        const admin = await createPrincipal(t, world, 'admin');
        await archive(shared.id, admin.cookie).expect(200);
      });

      it('takes no new contacts for an archived agency (400 on agencyId)', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
        await archive(agency.id, admin.cookie).expect(200);
        const response = await send('post', '/api/contacts', admin.cookie, { agencyId: agency.id, name: 'Ny Person' }).expect(400);
        expectIssue(response.body, ['agencyId'], 'archived');
      });

      it('answers 404 for an unknown agency', async () => {
        const admin = await createPrincipal(t, world, 'admin');
        expect(ErrorResponseSchema.parse((await archive('8a0f3a8e-6f55-4a4e-9d59-3c1b54a8f0aa', admin.cookie).expect(404)).body).code).toBe('NOT_FOUND');
      });
    });
  });
});
