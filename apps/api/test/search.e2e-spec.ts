import { SearchResultSchema, type SearchResult } from '@repo/contracts';
import { createAgency, createContact, createFunction, createResource, unique } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { madeUpWord } from './utils/made-up';
import { createPrincipal, createWorld, type World } from './utils/principals';

const ALL_VARMLAND = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785'];

describe('GET /api/search', () => {
  let t: TestApp;
  let world: World;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    cookie = (await createPrincipal(t, world, 'member')).cookie;
  });
  afterAll(() => t.close());

  async function search(query: Record<string, string | number>, as = cookie): Promise<SearchResult> {
    const response = await request(t.http).get('/api/search').query(query).set('Cookie', as).expect(200);
    return SearchResultSchema.parse(response.body);
  }

  const competence = (nameSv: string) => t.prisma.competence.create({ data: { slug: unique('komp'), nameSv, nameEn: nameSv } });

  it('ranks the exact name, then the name, then function holders, then competences, then other text', async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma, { name: `Testkommunen ${unique('a')}`, sector: 'SOCIAL_SERVICES', municipalityCodes: ['1784'] });
    const byName = await createContact(t.prisma, { agencyId: agency.id, name: `Anna ${w}` });
    const holder = await createContact(t.prisma, { agencyId: agency.id, name: `Bo ${unique('b')}` });
    await createFunction(t.prisma, { agencyId: agency.id, name: `${w}samordnare, Arvika`, holderId: holder.id, kind: 'SSP_COORDINATOR' });
    const skilled = await createContact(t.prisma, { agencyId: agency.id, name: `Cia ${unique('c')}`, competenceIds: [(await competence(`${w}stöd`)).id] });
    const texty = await createContact(t.prisma, { agencyId: agency.id, name: `Dan ${unique('d')}`, askMeAbout: `Frågor om ${w}` });

    const contacts = await search({ q: w, type: 'contact' });
    expect(contacts.items.map((item) => item.id)).toEqual([byName.id, holder.id, skilled.id, texty.id]);
    expect(contacts.total).toBe(4);

    const exact = await search({ q: `anna ${w}` });
    expect(exact.items[0]).toMatchObject({ type: 'contact', id: byName.id, title: `Anna ${w}`, agency: { id: agency.id } });

    // The seat itself is found by its name, and counted in the type facet even while only contacts are listed.
    const all = await search({ q: w });
    expect(all.items.map((item) => item.type)).toContain('function');
    expect(contacts.facets.type).toEqual(expect.arrayContaining([{ value: 'contact', count: 4 }, { value: 'function', count: 1 }]));
    expect(contacts.facets.function).toEqual([{ value: 'SSP_COORDINATOR', count: 1 }]);
    expect(contacts.facets.sector).toEqual([{ value: 'SOCIAL_SERVICES', count: 4 }]);
  });

  it('stems Swedish, folds accents and case, and forgives a one-letter slip in a name', async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma, { sector: 'CIVIL_SOCIETY', municipalityCodes: ['1715'] });
    const person = await createContact(t.prisma, { agencyId: agency.id, name: `Åsa Öhrnbäck${w}`, askMeAbout: `Avhopparstöd och anhörigstöd ${w}` });

    expect((await search({ q: `avhopp ${w}` })).items.map((item) => item.id)).toEqual([person.id]);
    expect((await search({ q: `avhopparna ${w}` })).items.map((item) => item.id)).toEqual([person.id]);
    expect((await search({ q: `ANHORIGSTÖD ${w}` })).items.map((item) => item.id)).toEqual([person.id]);
    expect((await search({ q: `asa ohrnback${w}` })).items[0]!.id).toBe(person.id);
    // One letter dropped from the surname.
    expect((await search({ q: `Öhrnbäk${w}` })).items[0]!.id).toBe(person.id);
    // First name and surname, one of them misspelt.
    expect((await search({ q: `Åsa Öhrnbäk${w}` })).items[0]!.id).toBe(person.id);
  });

  it('reads a municipality in the text as a place, typo and all, and filters by facets', async () => {
    const w = madeUpWord();
    const arvika = await createAgency(t.prisma, { name: `Fältgruppen ${w} Arvika`, sector: 'SOCIAL_SERVICES', municipalityCodes: ['1784'] });
    const kil = await createAgency(t.prisma, { name: `Fältgruppen ${w} Kil`, sector: 'SOCIAL_SERVICES', municipalityCodes: ['1715'] });
    const inArvika = await createContact(t.prisma, { agencyId: arvika.id, name: `Eva ${w}`, languages: ['sv', 'ar'] });
    await createContact(t.prisma, { agencyId: kil.id, name: `Eva ${w}a`, languages: ['sv'] });

    const typo = await search({ q: `${w} arvka` });
    expect(typo.places).toEqual(['1784']);
    expect(typo.items.map((item) => item.id).sort()).toEqual([arvika.id, inArvika.id].sort());

    const arabic = await search({ q: w, language: 'ar' });
    expect(arabic.items.map((item) => item.id)).toEqual([inArvika.id]);
    const inKil = await search({ q: w, municipality: '1715' });
    expect(inKil.items.every((item) => item.municipalityCodes.includes('1715'))).toBe(true);
    expect(inKil.total).toBe(2);
    const facets = await search({ q: w });
    expect(facets.facets.municipality).toEqual([
      { value: '1715', count: 2 },
      { value: '1784', count: 2 },
    ]);
    expect(facets.facets.language).toEqual([
      { value: 'sv', count: 2 },
      { value: 'ar', count: 1 },
    ]);
  });

  it('pages through the matches', async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma, { municipalityCodes: ['1780'] });
    for (const letter of ['A', 'B', 'C', 'D', 'E']) await createContact(t.prisma, { agencyId: agency.id, name: `${letter} ${w}` });
    const first = await search({ q: w, type: 'contact', pageSize: 2 });
    const third = await search({ q: w, type: 'contact', pageSize: 2, page: 3 });
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((item) => item.title)).toEqual([`A ${w}`, `B ${w}`]);
    expect(third.items.map((item) => item.title)).toEqual([`E ${w}`]);
    expect((await search({ q: w, type: 'contact', pageSize: 2, page: 4 })).items).toEqual([]);
  });

  it('shows an away person’s stand-in and a seat’s holder, deputy or vacancy', async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma, { municipalityCodes: ['1766'] });
    const away = await createContact(t.prisma, { agencyId: agency.id, name: `Frånvarande ${w}`, awayUntil: new Date(Date.now() + 20 * 86_400_000) });
    const deputy = await createContact(t.prisma, { agencyId: agency.id, name: `Ersättare ${unique('e')}` });
    const seat = await createFunction(t.prisma, { agencyId: agency.id, name: `Samordnare ${w}`, holderId: away.id, deputyId: deputy.id });
    const vacant = await createFunction(t.prisma, { agencyId: agency.id, name: `Fältsekreterare ${w}` });

    const result = await search({ q: w });
    const person = result.items.find((item) => item.id === away.id);
    expect(person).toMatchObject({ type: 'contact', isAway: true, standIn: { id: deputy.id, functionId: seat.id, functionName: seat.name } });
    expect(result.items.find((item) => item.id === seat.id)).toMatchObject({ type: 'function', isVacant: false, holder: { id: away.id, isAway: true }, deputy: { id: deputy.id, isAway: false } });
    expect(result.items.find((item) => item.id === vacant.id)).toMatchObject({ type: 'function', isVacant: true, holder: null });
  });

  it('keeps archived records and agencies out, and follows edits at once', async () => {
    const w = madeUpWord();
    const agency = await createAgency(t.prisma, { name: `Byrå ${w}`, municipalityCodes: ['1763'] });
    const person = await createContact(t.prisma, { agencyId: agency.id, name: `Gunnar ${w}` });
    expect((await search({ q: w })).total).toBe(2);

    await t.prisma.contact.update({ where: { id: person.id }, data: { name: `Gunilla ${w}` } });
    expect((await search({ q: w, type: 'contact' })).items[0]!.title).toBe(`Gunilla ${w}`);
    await t.prisma.contact.update({ where: { id: person.id }, data: { archivedAt: new Date() } });
    expect((await search({ q: w })).items.map((item) => item.type)).toEqual(['agency']);
    await t.prisma.agency.update({ where: { id: agency.id }, data: { archivedAt: new Date() } });
    expect((await search({ q: w })).total).toBe(0);
  });

  it('lists everything by filters alone, local entries before regional ones', async () => {
    const w = madeUpWord();
    const sector = 'RESEARCH';
    const regional = await createAgency(t.prisma, { name: `Aa regional ${w}`, sector, municipalityCodes: ALL_VARMLAND });
    const local = await createAgency(t.prisma, { name: `Zz lokal ${w}`, sector, municipalityCodes: ['1785'] });
    const result = await search({ municipality: '1785', sector, type: 'agency', pageSize: 100 });
    const ids = result.items.map((item) => item.id);
    expect(ids.indexOf(local.id)).toBeLessThan(ids.indexOf(regional.id));
  });

  it('refuses unknown filters and malformed values with 400 naming the field', async () => {
    for (const [query, field] of [
      [{ municipality: '17' }, 'municipality'],
      [{ type: 'person' }, 'type'],
      [{ sector: 'BAKERY' }, 'sector'],
      [{ function: 'KING' }, 'function'],
      [{ language: 'Svenska' }, 'language'],
      [{ competence: 'Avhopp Stöd' }, 'competence'],
      [{ pageSize: 1000 }, 'pageSize'],
      [{ agency: 'x' }, ''],
    ] as const) {
      const response = await request(t.http).get('/api/search').query(query).set('Cookie', cookie).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([field]);
    }
  });

  it('treats query syntax as plain words', async () => {
    const result = await search({ q: `a:* & !(b | c) <-> 'd' \\ ${madeUpWord()}` });
    expect(result.total).toBe(0);
    expect(result.resources).toEqual({ items: [], total: 0 });
  });

  describe('the resources group', () => {
    it('holds the published resources the caller may see that match the text, best first, with their owner', async () => {
      const w = madeUpWord();
      const own = await createResource(t.prisma, { ownerAgencyId: world.agencyA.id, title: `Handlingsplan ${w}`, kind: 'ACTION_PLAN', visibility: 'OWNER_AGENCY' });
      const other = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Stöd ${w}`, summary: 'Om en handlingsplan.', kind: 'METHOD_GUIDE', language: 'en' });
      await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Utkast handlingsplan ${w}`, status: 'DRAFT' });
      await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Internt handlingsplan ${w}`, visibility: 'OWNER_AGENCY' });
      await createResource(t.prisma, { ownerAgencyId: world.agencyA.id, title: `Eget utkast handlingsplan ${w}`, status: 'DRAFT' });

      const result = await search({ q: `handlingsplaner ${w}` });
      expect(result.resources).toEqual({
        items: [
          { id: own.id, title: `Handlingsplan ${w}`, kind: 'ACTION_PLAN', language: 'sv', ownerAgency: { id: world.agencyA.id, name: world.agencyA.name } },
          { id: other.id, title: `Stöd ${w}`, kind: 'METHOD_GUIDE', language: 'en', ownerAgency: { id: world.agencyB.id, name: world.agencyB.name } },
        ],
        total: 2,
      });
      // A third agency's member sees only the network resource.
      const stranger = await createPrincipal(t, world, 'member', { agencyId: (await createAgency(t.prisma)).id });
      expect((await search({ q: `handlingsplaner ${w}` }, stranger.cookie)).resources.items.map((item) => item.id)).toEqual([other.id]);
    });

    it('shows the five best and counts them all', async () => {
      const w = madeUpWord();
      for (let index = 0; index < 7; index += 1) await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Lägesbild ${index} ${w}` });
      const { resources } = await search({ q: `lägesbild ${w}` });
      expect(resources.total).toBe(7);
      expect(resources.items).toHaveLength(5);
    });

    it('follows the municipality, sector, competence and language filters (a resource for everyone matches every municipality and sector)', async () => {
      const w = madeUpWord();
      const slug = unique('komp');
      const tagged = await t.prisma.competence.create({ data: { slug, nameSv: 'Testkompetens', nameEn: 'Test competence' } });
      const everyone = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Alla ${w}` });
      const local = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, title: `Kil ${w}`, municipalityCodes: ['1715'], sectors: ['SCHOOL'], competenceIds: [tagged.id], language: 'en' });
      const found = async (filter: Record<string, string>) => (await search({ q: w, ...filter })).resources.items.map((item) => item.id).sort();

      expect(await found({})).toEqual([everyone.id, local.id].sort());
      expect(await found({ municipality: '1715' })).toEqual([everyone.id, local.id].sort());
      expect(await found({ municipality: '1784' })).toEqual([everyone.id]);
      expect(await found({ sector: 'SCHOOL' })).toEqual([everyone.id, local.id].sort());
      expect(await found({ sector: 'POLICE' })).toEqual([everyone.id]);
      expect(await found({ competence: slug })).toEqual([local.id]);
      expect(await found({ language: 'en' })).toEqual([local.id]);
    });

    it('is empty without text, whatever the filters', async () => {
      await createResource(t.prisma, { ownerAgencyId: world.agencyB.id, municipalityCodes: ['1785'] });
      expect((await search({ municipality: '1785' })).resources).toEqual({ items: [], total: 0 });
      expect((await search({ q: '  !!  ' })).resources).toEqual({ items: [], total: 0 });
    });
  });
});
