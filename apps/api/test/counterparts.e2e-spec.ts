import { CounterpartListSchema, type CounterpartList } from '@repo/contracts';
import { createAgency, createContact, createFunction, unique } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

const ALL_VARMLAND = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785'];
const DAY = 86_400_000;

describe('GET /api/counterparts', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await createPrincipal(t, await createWorld(t), 'member')).cookie;
  });
  afterAll(() => t.close());

  async function find(query: Record<string, string>): Promise<CounterpartList> {
    const response = await request(t.http).get('/api/counterparts').query(query).set('Cookie', cookie).expect(200);
    return CounterpartListSchema.parse(response.body);
  }

  it('puts seat holders first, then people with the competence, then regional contacts; verified and present first', async () => {
    const competence = await t.prisma.competence.create({ data: { slug: unique('komp'), nameSv: 'Testkompetens', nameEn: 'Test competence' } });
    const skilled = { competenceIds: [competence.id] };
    const local = await createAgency(t.prisma, { sector: 'SOCIAL_SERVICES', municipalityCodes: ['1784'] });
    const regional = await createAgency(t.prisma, { sector: 'COUNTY_ADMINISTRATION', municipalityCodes: ALL_VARMLAND });
    const elsewhere = await createAgency(t.prisma, { sector: 'SOCIAL_SERVICES', municipalityCodes: ['1715'] });

    const holder = await createContact(t.prisma, { ...skilled, agencyId: local.id, name: 'Hanna Innehavare' });
    const awayHolder = await createContact(t.prisma, { ...skilled, agencyId: local.id, name: 'Adam Bortrest', awayUntil: new Date(Date.now() + 30 * DAY) });
    const deputy = await createContact(t.prisma, { agencyId: local.id, name: 'Dora Ersättare' });
    const seat = await createFunction(t.prisma, { agencyId: local.id, name: 'SSPF-samordnare, Arvika', holderId: holder.id });
    const awaySeat = await createFunction(t.prisma, { agencyId: local.id, name: 'Fältsekreterare, Arvika', holderId: awayHolder.id, deputyId: deputy.id });
    const stale = await createContact(t.prisma, { ...skilled, agencyId: local.id, name: 'Aron Gammal', lastVerifiedAt: new Date(Date.now() - 400 * DAY) });
    const fresh = await createContact(t.prisma, { ...skilled, agencyId: local.id, name: 'Örjan Färsk' });
    const county = await createContact(t.prisma, { ...skilled, agencyId: regional.id, name: 'Rut Regional' });
    // Wrong municipality, and the right place without the competence: neither is listed.
    await createContact(t.prisma, { ...skilled, agencyId: elsewhere.id, name: 'Kalle Kil' });
    await createContact(t.prisma, { agencyId: local.id, name: 'Utan Kompetens' });

    const result = await find({ competence: competence.slug, municipality: '1784' });
    expect(result.items.map((item) => [item.name, item.reason])).toEqual([
      ['Hanna Innehavare', 'designated'],
      ['Adam Bortrest', 'designated'],
      ['Örjan Färsk', 'competence'],
      ['Aron Gammal', 'competence'],
      ['Rut Regional', 'regional'],
    ]);
    expect(result.items[0]).toMatchObject({ id: holder.id, seat: { id: seat.id }, isAway: false, isStale: false, standIn: null, agency: { id: local.id } });
    expect(result.items[1]).toMatchObject({ id: awayHolder.id, isAway: true, seat: { id: awaySeat.id }, standIn: { id: deputy.id, functionId: awaySeat.id } });
    expect(result.items[3]).toMatchObject({ id: stale.id, isStale: true });
    expect([fresh.id, county.id]).toEqual([result.items[2]!.id, result.items[4]!.id]);

    // "from the county administration" narrows the list to that sector.
    const fromCounty = await find({ competence: competence.slug, municipality: '1784', sector: 'COUNTY_ADMINISTRATION' });
    expect(fromCounty.items.map((item) => item.id)).toEqual([county.id]);
  });

  it('finds the holders of a kind of seat in a municipality', async () => {
    const agency = await createAgency(t.prisma, { sector: 'RESEARCH', municipalityCodes: ['1762'] });
    const holder = await createContact(t.prisma, { agencyId: agency.id, name: 'Sigrid Stödjare' });
    const other = await createContact(t.prisma, { agencyId: agency.id, name: 'Olle Annan' });
    const seat = await createFunction(t.prisma, { agencyId: agency.id, name: 'Avhopparstödjare, Munkfors', holderId: holder.id, kind: 'EXIT_SUPPORT' });
    await createFunction(t.prisma, { agencyId: agency.id, name: 'Annan funktion', holderId: other.id, kind: 'OTHER' });

    const result = await find({ function: 'EXIT_SUPPORT', municipality: '1762', sector: 'RESEARCH' });
    expect(result.items).toEqual([expect.objectContaining({ id: holder.id, reason: 'designated', seat: { id: seat.id, name: seat.name } })]);
  });

  it('asks for exactly one need and a municipality', async () => {
    for (const query of [{ municipality: '1784' }, { competence: 'anhorigstod', function: 'CVE_COORDINATOR', municipality: '1784' }, { competence: 'anhorigstod' }, { competence: 'anhorigstod', municipality: 'Arvika' }]) {
      const response = await request(t.http).get('/api/counterparts').query(query).set('Cookie', cookie).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.issues.length).toBeGreaterThan(0);
    }
  });
});
