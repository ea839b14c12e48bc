import { randomBytes } from 'node:crypto';
import { SearchResultSchema, type SearchResult } from '@repo/contracts';
import { createAgency, createContact, createFunction, unique } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

/**
 * A made-up word that no other test's data contains or resembles: random consonants, so neither
 * word-prefix matching nor trigram similarity links it to another test's word.
 */
function word(): string {
  return [...randomBytes(10)].map((byte) => 'bcdfghjklmnpqrstvxz'[byte % 19]).join('');
}

const ALL_VARMLAND = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785'];

describe('GET /api/search', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await createPrincipal(t, await createWorld(t), 'member')).cookie;
  });
  afterAll(() => t.close());

  async function search(query: Record<string, string | number>): Promise<SearchResult> {
    const response = await request(t.http).get('/api/search').query(query).set('Cookie', cookie).expect(200);
    return SearchResultSchema.parse(response.body);
  }

  const competence = (nameSv: string) => t.prisma.competence.create({ data: { slug: unique('komp'), nameSv, nameEn: nameSv } });

  it('ranks the exact name, then the name, then function holders, then competences, then other text', async () => {
    const w = word();
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
    const w = word();
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
    const w = word();
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
    const w = word();
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
    const w = word();
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
    const w = word();
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
    const w = word();
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
    const result = await search({ q: `a:* & !(b | c) <-> 'd' \\ ${word()}` });
    expect(result.total).toBe(0);
  });
});
