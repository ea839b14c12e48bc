import { ResourcePageSchema, type ResourcePage } from '@repo/contracts';
import { createAgency, createResource, type ResourceInput } from '@repo/test-factories';
import request from 'supertest';
import { DAY, expectValidationFailed } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { madeUpWord } from './utils/made-up';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';
import { storeResourceFile } from './utils/resources';

describe('GET /api/resources', () => {
  let t: TestApp;
  let world: World;
  let member: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    member = await createPrincipal(t, world, 'member');
  });
  afterAll(() => t.close());

  async function list(query: Record<string, string | number>, principal: Principal = member): Promise<ResourcePage> {
    const response = await asApp(request(t.http).get('/api/resources').query(query), { cookie: principal.cookie }).expect(200);
    return ResourcePageSchema.parse(response.body);
  }
  const titles = (page: ResourcePage) => page.items.map((item) => item.title);

  /** A published network resource of agency B (another agency than the member's) unless told otherwise. */
  const resource = (overrides: ResourceInput = {}) => createResource(t.prisma, { ownerAgencyId: world.agencyB.id, ...overrides });

  it('lists published resources newest first, each with its owner, competences and number of files', async () => {
    const w = madeUpWord();
    const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
    const now = Date.now();
    const older = await resource({ title: `Äldre ${w}`, publishedAt: new Date(now - 2 * DAY), competenceIds: [avhopparstod.id], municipalityCodes: ['1715'], sectors: ['POLICE'] });
    await resource({ title: `Nyare ${w}`, publishedAt: new Date(now - DAY), linkUrl: null });
    await storeResourceFile(t, older.id, [{ name: 'a.txt' }, { name: 'b.txt' }]);

    const page = await list({ q: w, sort: 'newest' });
    expect(titles(page)).toEqual([`Nyare ${w}`, `Äldre ${w}`]);
    expect(page.items[1]).toEqual({
      id: older.id,
      title: `Äldre ${w}`,
      summary: '',
      kind: 'ACTION_PLAN',
      language: 'sv',
      ownerAgency: { id: world.agencyB.id, name: world.agencyB.name },
      hasLink: true,
      fileCount: 1,
      visibility: 'NETWORK',
      status: 'PUBLISHED',
      municipalityCodes: ['1715'],
      sectors: ['POLICE'],
      competences: [{ id: avhopparstod.id, slug: 'avhopparstod', nameSv: avhopparstod.nameSv, nameEn: avhopparstod.nameEn }],
      publishedAt: new Date(now - 2 * DAY).toISOString(),
      updatedAt: expect.any(String),
    });
    expect(page.items[0]).toMatchObject({ hasLink: false, fileCount: 0 });
  });

  it('searches Swedish text: stems, folds accents and case, matches word beginnings and needs every word', async () => {
    const w = madeUpWord();
    const plan = await resource({ title: `Handlingsplan ${w}`, summary: 'Kommunens arbete mot extremism.' });
    const violence = await resource({ title: `Våld i nära relationer ${w}` });
    const found = async (q: string) => (await list({ q: `${q} ${w}` })).items.map((item) => item.id);

    expect(await found('handlingsplaner')).toEqual([plan.id]);
    expect(await found('HANDL')).toEqual([plan.id]);
    expect(await found('extremismen')).toEqual([plan.id]);
    expect(await found('vald')).toEqual([violence.id]);
    expect(await found('VÅLD relation')).toEqual([violence.id]);
    expect(await found('våld handlingsplan')).toEqual([]);
    // Query syntax typed into the box is read as plain words.
    expect(await found("handl:* | !(x) <-> 'y'")).toEqual([]);
    expect(await found('handl & !')).toEqual([plan.id]);
    // Words too common to index are left out of the query, not required.
    expect((await found('och mot')).sort()).toEqual([plan.id, violence.id].sort());
    expect((await list({ q: 'och' })).total).toBe(0);
  });

  it('ranks a title match above a summary match by relevance (the default with text), and by date when asked', async () => {
    const w = madeUpWord();
    const now = Date.now();
    const inTitle = await resource({ title: `Metodstöd för skolan ${w}`, publishedAt: new Date(now - 3 * DAY) });
    const inSummary = await resource({ title: `Annat material ${w}`, summary: 'Innehåller metodstöd.', publishedAt: new Date(now - DAY) });
    const ids = (page: ResourcePage) => page.items.map((item) => item.id);
    expect(ids(await list({ q: `metodstöd ${w}` }))).toEqual([inTitle.id, inSummary.id]);
    expect(ids(await list({ q: `metodstöd ${w}`, sort: 'relevance' }))).toEqual([inTitle.id, inSummary.id]);
    expect(ids(await list({ q: `metodstöd ${w}`, sort: 'newest' }))).toEqual([inSummary.id, inTitle.id]);
  });

  it('filters by kind, competence, municipality, sector and language; a resource for everyone matches every municipality and sector', async () => {
    const w = madeUpWord();
    const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
    await resource({ title: `Alla ${w}` });
    await resource({ title: `Kil skola ${w}`, municipalityCodes: ['1715'], sectors: ['SCHOOL'], kind: 'TRAINING_MATERIAL' });
    await resource({ title: `Arvika polis ${w}`, municipalityCodes: ['1784'], sectors: ['POLICE'], competenceIds: [avhopparstod.id], language: 'en' });
    const filtered = async (filter: Record<string, string>) => titles(await list({ q: w, sort: 'newest', ...filter })).sort();

    expect(await filtered({ kind: 'TRAINING_MATERIAL' })).toEqual([`Kil skola ${w}`]);
    expect(await filtered({ competence: 'avhopparstod' })).toEqual([`Arvika polis ${w}`]);
    expect(await filtered({ municipality: '1715' })).toEqual([`Alla ${w}`, `Kil skola ${w}`]);
    expect(await filtered({ sector: 'POLICE' })).toEqual([`Alla ${w}`, `Arvika polis ${w}`]);
    expect(await filtered({ language: 'en' })).toEqual([`Arvika polis ${w}`]);
    expect(await filtered({ municipality: '1784', sector: 'SCHOOL' })).toEqual([`Alla ${w}`]);
  });

  it("never lists another agency's drafts or owner-agency resources; mine=true and status=DRAFT show the own agency's", async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma);
    const colleague = await createPrincipal(t, world, 'member', { agencyId: agency.id });
    await resource({ ownerAgencyId: agency.id, title: `Eget utkast ${w}`, status: 'DRAFT' });
    await resource({ ownerAgencyId: agency.id, title: `Eget internt ${w}`, visibility: 'OWNER_AGENCY' });
    await resource({ ownerAgencyId: agency.id, title: `Eget öppet ${w}` });
    await resource({ title: `Annans utkast ${w}`, status: 'DRAFT' });
    await resource({ title: `Annans internt ${w}`, visibility: 'OWNER_AGENCY' });
    await resource({ title: `Annans öppet ${w}` });
    const seen = async (query: Record<string, string>, principal: Principal) => titles(await list({ q: w, ...query }, principal)).sort();

    expect(await seen({}, colleague)).toEqual([`Annans öppet ${w}`, `Eget internt ${w}`, `Eget öppet ${w}`]);
    expect(await seen({ mine: 'true' }, colleague)).toEqual([`Eget internt ${w}`, `Eget utkast ${w}`, `Eget öppet ${w}`]);
    expect(await seen({ status: 'DRAFT' }, colleague)).toEqual([`Eget utkast ${w}`]);
    expect(await seen({ mine: 'true', status: 'PUBLISHED' }, colleague)).toEqual([`Eget internt ${w}`, `Eget öppet ${w}`]);
    // Coordinators may edit every resource, so they see every one, and every draft on asking.
    const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
    expect(await seen({}, coordinator)).toEqual([`Annans internt ${w}`, `Annans öppet ${w}`, `Eget internt ${w}`, `Eget öppet ${w}`]);
    expect(await seen({ status: 'DRAFT' }, coordinator)).toEqual([`Annans utkast ${w}`, `Eget utkast ${w}`]);
  });

  it('lists a new agency’s own resources with mine=true, drafts never published first', async () => {
    const agency = await createAgency(t.prisma);
    const colleague = await createPrincipal(t, world, 'member', { agencyId: agency.id });
    const now = Date.now();
    await resource({ ownerAgencyId: agency.id, title: 'Publicerad först', publishedAt: new Date(now - 2 * DAY) });
    await resource({ ownerAgencyId: agency.id, title: 'Publicerad sedan', publishedAt: new Date(now - DAY) });
    await resource({ ownerAgencyId: agency.id, title: 'Utkast', status: 'DRAFT' });
    expect(titles(await list({ mine: 'true' }, colleague))).toEqual(['Utkast', 'Publicerad sedan', 'Publicerad först']);
  });

  it('pages through the matches', async () => {
    const w = madeUpWord();
    const now = Date.now();
    for (const [index, letter] of ['A', 'B', 'C', 'D', 'E'].entries()) await resource({ title: `${letter} ${w}`, publishedAt: new Date(now - index * DAY) });
    const first = await list({ q: w, sort: 'newest', pageSize: 2 });
    expect({ total: first.total, page: first.page, pageSize: first.pageSize, titles: titles(first) }).toEqual({ total: 5, page: 1, pageSize: 2, titles: [`A ${w}`, `B ${w}`] });
    expect(titles(await list({ q: w, sort: 'newest', pageSize: 2, page: 3 }))).toEqual([`E ${w}`]);
    const pastTheEnd = await list({ q: w, sort: 'newest', pageSize: 2, page: 4 });
    expect({ total: pastTheEnd.total, items: pastTheEnd.items }).toEqual({ total: 5, items: [] });
  });

  it('refuses unknown filters and malformed values with 400 naming the field', async () => {
    for (const [query, path, code] of [
      [{ kind: 'POSTER' }, ['kind'], 'invalid_value'],
      [{ municipality: '17' }, ['municipality'], 'invalid_format'],
      [{ sector: 'BAKERY' }, ['sector'], 'invalid_value'],
      [{ status: 'ARCHIVED' }, ['status'], 'invalid_value'],
      [{ sort: 'oldest' }, ['sort'], 'invalid_value'],
      [{ pageSize: 1000 }, ['pageSize'], 'too_big'],
      [{ owner: 'x' }, [], 'unrecognized_keys'],
    ] as const) {
      const response = await asApp(request(t.http).get('/api/resources').query(query), { cookie: member.cookie });
      expectValidationFailed(response, [{ path: [...path], code }]);
    }
  });
});
