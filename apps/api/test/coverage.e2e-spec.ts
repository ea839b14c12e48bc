import { CoverageSchema, FUNCTION_KIND_NAMES, type KeyFunctionKind } from '@repo/contracts';
import { createAgency, createContact, unique } from '@repo/test-factories';
import request from 'supertest';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { createPrincipal, createWorld } from './utils/principals';

describe('GET /api/coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('marks each municipality × sector verified, stale or vacant, with the people behind it', async () => {
    // A competence of this test's own, so the filtered matrix shows only the people made here.
    const slug = unique('kompetens');
    const competence = await t.prisma.competence.create({ data: { slug, nameSv: 'Testkompetens', nameEn: 'Test competence' } });
    const withCompetence = async (contact: { id: string }) =>
      t.prisma.contactCompetence.create({ data: { contactId: contact.id, competenceId: competence.id } });

    const social = await createAgency(t.prisma, { sector: 'SOCIAL_SERVICES', municipalityCodes: ['1784'] });
    const school = await createAgency(t.prisma, { sector: 'SCHOOL', municipalityCodes: ['1715'] });
    const police = await createAgency(t.prisma, { sector: 'POLICE', municipalityCodes: ['1784', '1715'] });
    await withCompetence(await createContact(t.prisma, { agencyId: social.id, name: 'Vera Verifierad' }));
    await withCompetence(await createContact(t.prisma, { agencyId: school.id, name: 'Gustav Gammal', lastVerifiedAt: new Date(Date.now() - 400 * 86_400_000) }));
    await withCompetence(await createContact(t.prisma, { agencyId: police.id, name: 'Kim Kilpolis', municipalityCodes: ['1715'] }));
    // Without the competence: not in the filtered matrix.
    await createContact(t.prisma, { agencyId: social.id, name: 'Utan Kompetens' });

    const member = await createPrincipal(t, await createWorld(t), 'member');
    const response = await request(t.http).get('/api/coverage').query({ competence: slug }).set('Cookie', member.cookie).expect(200);
    const coverage = CoverageSchema.parse(response.body);

    expect(coverage.municipalities).toHaveLength(16);
    expect(coverage.municipalities[0]).toEqual({ code: '1784', name: 'Arvika' });
    expect(coverage.cells).toHaveLength(16 * 10);
    const cell = (municipality: string, sector: string) => coverage.cells.find((c) => c.municipality === municipality && c.sector === sector);
    expect(cell('1784', 'SOCIAL_SERVICES')).toMatchObject({ status: 'verified', contacts: [{ name: 'Vera Verifierad', agencyName: social.name, isStale: false }] });
    expect(cell('1715', 'SCHOOL')).toMatchObject({ status: 'stale', contacts: [{ name: 'Gustav Gammal', isStale: true }] });
    expect(cell('1715', 'POLICE')).toMatchObject({ status: 'verified', contacts: [{ name: 'Kim Kilpolis' }] });
    expect(cell('1784', 'POLICE')).toEqual({ municipality: '1784', sector: 'POLICE', status: 'vacant', contacts: [] });
    expect(coverage.cells.filter((c) => c.status !== 'vacant')).toHaveLength(3);

    // The same for Excel, for coordinators; members may look but not take the list away.
    await request(t.http).get('/api/coverage/export').query({ competence: slug }).set('Cookie', member.cookie).expect(403);
    const coordinator = await createPrincipal(t, await createWorld(t), 'coordinatorInScope');
    const csv = await request(t.http).get('/api/coverage/export').query({ competence: slug }).set('Cookie', coordinator.cookie).buffer(true).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="tackning.csv"');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFKommun;Kommunkod;Sektor eller nyckelfunktion;Status;Kontakter');
    // Sixteen municipalities × (ten sectors + three key functions), and the closing line break.
    expect(lines).toHaveLength(1 + 16 * 13 + 1);
    expect(lines).toContain(`Arvika;1784;Socialtjänst;Bekräftad;Vera Verifierad (${social.name})`);
    expect(lines).toContain(`Kil;1715;Skola;Inaktuell;Gustav Gammal (${school.name}) – inaktuell`);
    expect(await t.prisma.auditEvent.count({ where: { action: 'coverage.exported', actorId: coordinator.id } })).toBe(1);
  });

  it('fills the key-function columns from the seats: verified, stale, vacant, and the deputy while the holder is away', async () => {
    const member = await createPrincipal(t, await createWorld(t), 'member');
    const matrix = async (query: Record<string, string> = {}) =>
      CoverageSchema.parse((await request(t.http).get('/api/coverage').query(query).set('Cookie', member.cookie).expect(200)).body);
    const seat = (agencyId: string, name: string, kind: KeyFunctionKind, holderId: string | null, deputyId: string | null = null) =>
      t.prisma.agencyFunction.create({ data: { agencyId, name, kind, holderId, deputyId }, select: { id: true, name: true } });

    // Other specs share the database and may hold seats anywhere; the stale and vacant cases go
    // where nobody has a seat yet (and away from the police seats below), so that what this test
    // adds alone decides those cells.
    const before = await matrix();
    const gaps = before.keyFunctionCells.filter(
      (cell) => cell.functions.length === 0 && !(cell.kind === 'COMMUNITY_POLICE' && ['1784', '1730'].includes(cell.municipality)),
    );
    const staleGap = gaps[0];
    const vacantGap = gaps.find((cell) => cell.municipality !== staleGap?.municipality);
    if (!staleGap || !vacantGap) throw new Error('No empty key-function cells left in the test database');

    // A police area covering Arvika and Eda with a seat for each; Arvika's officer is away.
    const police = await createAgency(t.prisma, { sector: 'POLICE', name: unique('Lokalpolisområde'), municipalityCodes: ['1784', '1730'] });
    const away = await createContact(t.prisma, { agencyId: police.id, name: unique('Anna Borta'), municipalityCodes: ['1784'], awayUntil: new Date(Date.now() + 30 * 86_400_000) });
    const deputy = await createContact(t.prisma, { agencyId: police.id, name: unique('Erik Ersättare'), municipalityCodes: ['1730'] });
    const arvikaSeat = await seat(police.id, 'Kommunpolis, Arvika kommun', 'COMMUNITY_POLICE', away.id, deputy.id);
    const edaSeat = await seat(police.id, 'Kommunpolis, Eda kommun', 'COMMUNITY_POLICE', deputy.id, away.id);
    // Vacant, for the whole police area: not listed where someone holds a seat.
    const openSeat = await seat(police.id, 'Kommunpolis, vakant', 'COMMUNITY_POLICE', null);

    const staleAgency = await createAgency(t.prisma, { sector: 'POLITICS', municipalityCodes: [staleGap.municipality] });
    const old = await createContact(t.prisma, { agencyId: staleAgency.id, name: unique('Gunnel Gammal'), lastVerifiedAt: new Date(Date.now() - 400 * 86_400_000) });
    const staleSeat = await seat(staleAgency.id, unique('Samordnare'), staleGap.kind, old.id);
    const vacantAgency = await createAgency(t.prisma, { sector: 'SOCIAL_SERVICES', municipalityCodes: [vacantGap.municipality] });
    const vacantSeat = await seat(vacantAgency.id, unique('Samordnare'), vacantGap.kind, null);
    // An archived seat is gone from the matrix.
    await t.prisma.agencyFunction.create({ data: { agencyId: vacantAgency.id, name: unique('Arkiverad'), kind: vacantGap.kind, holderId: old.id, archivedAt: new Date() } });

    const coverage = await matrix();
    expect(coverage.keyFunctions).toEqual(['CVE_COORDINATOR', 'SSP_COORDINATOR', 'COMMUNITY_POLICE']);
    expect(coverage.keyFunctionCells).toHaveLength(16 * 3);
    const cell = (municipality: string, kind: string) => coverage.keyFunctionCells.find((c) => c.municipality === municipality && c.kind === kind)!;

    const arvika = cell('1784', 'COMMUNITY_POLICE');
    expect(arvika.status).toBe('verified');
    expect(arvika.functions).toContainEqual({
      id: arvikaSeat.id,
      name: 'Kommunpolis, Arvika kommun',
      agencyName: police.name,
      holder: { id: away.id, name: away.name, isStale: false, isAway: true },
      deputy: { id: deputy.id, name: deputy.name, isStale: false },
    });
    // Eda's officer covers Eda only; the deputy is named only while the holder is away.
    expect(arvika.functions.map((f) => f.id)).not.toContain(edaSeat.id);
    expect(arvika.functions.map((f) => f.id)).not.toContain(openSeat.id);
    const eda = cell('1730', 'COMMUNITY_POLICE');
    expect(eda.status).toBe('verified');
    expect(eda.functions).toContainEqual(expect.objectContaining({ id: edaSeat.id, holder: expect.objectContaining({ id: deputy.id, isAway: false }), deputy: null }));

    expect(cell(staleGap.municipality, staleGap.kind)).toEqual({
      municipality: staleGap.municipality,
      kind: staleGap.kind,
      status: 'stale',
      functions: [{ id: staleSeat.id, name: staleSeat.name, agencyName: staleAgency.name, holder: { id: old.id, name: old.name, isStale: true, isAway: false }, deputy: null }],
    });
    expect(cell(vacantGap.municipality, vacantGap.kind)).toEqual({
      municipality: vacantGap.municipality,
      kind: vacantGap.kind,
      status: 'vacant',
      functions: [{ id: vacantSeat.id, name: vacantSeat.name, agencyName: vacantAgency.name, holder: null, deputy: null }],
    });

    // The competence filter narrows the sector cells only: the seats stay.
    const filtered = await matrix({ competence: unique('ingen-har-den') });
    expect(filtered.cells.every((c) => c.status === 'vacant')).toBe(true);
    expect(filtered.keyFunctionCells.find((c) => c.municipality === '1784' && c.kind === 'COMMUNITY_POLICE')?.functions.map((f) => f.id)).toContain(arvikaSeat.id);

    // The export has the key-function columns as rows after each municipality's sectors.
    const coordinator = await createPrincipal(t, await createWorld(t), 'coordinatorInScope');
    const csv = await request(t.http).get('/api/coverage/export').set('Cookie', coordinator.cookie).buffer(true).expect(200);
    const lines = csv.text.split('\r\n');
    const name = (code: string) => coverage.municipalities.find((m) => m.code === code)!.name;
    expect(lines).toContain(
      `${name(staleGap.municipality)};${staleGap.municipality};${FUNCTION_KIND_NAMES[staleGap.kind].sv};Inaktuell;${staleSeat.name} (${staleAgency.name}): ${old.name} – inaktuell`,
    );
    expect(lines).toContain(`${name(vacantGap.municipality)};${vacantGap.municipality};${FUNCTION_KIND_NAMES[vacantGap.kind].sv};Saknas;${vacantSeat.name} (${vacantAgency.name}): vakant`);
    const arvikaLine = lines.find((line) => line.startsWith('Arvika;1784;Kommunpolis;'));
    expect(arvikaLine).toMatch(/^Arvika;1784;Kommunpolis;Bekräftad;/);
    expect(arvikaLine).toContain(`Kommunpolis, Arvika kommun (${police.name}): ${away.name} (frånvarande; ersättare ${deputy.name})`);
    const arvikaRows = lines.filter((line) => line.startsWith('Arvika;1784;')).map((line) => line.split(';')[2]);
    expect(arvikaRows.slice(-3)).toEqual(['Samordnare mot våldsbejakande extremism', 'SSP/SSPF-samordnare', 'Kommunpolis']);
    expect(arvikaRows).toHaveLength(13);
  });

  it('refuses a filter it does not know with 400', async () => {
    const member = await createPrincipal(t, await createWorld(t), 'member');
    const response = await request(t.http).get('/api/coverage').query({ sector: 'POLICE' }).set('Cookie', member.cookie).expect(400);
    expect(response.body.details.issues).toEqual([{ path: [], code: 'unrecognized_keys', message: 'Unrecognized key: "sector"' }]);
  });
});
