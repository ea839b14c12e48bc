import { CoverageSchema } from '@repo/contracts';
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
    expect(lines[0]).toBe('\uFEFFKommun;Kommunkod;Sektor;Status;Kontakter');
    expect(lines).toHaveLength(1 + 160 + 1);
    expect(lines).toContain(`Arvika;1784;Socialtjänst;Bekräftad;Vera Verifierad (${social.name})`);
    expect(lines).toContain(`Kil;1715;Skola;Inaktuell;Gustav Gammal (${school.name}) – inaktuell`);
    expect(await t.prisma.auditEvent.count({ where: { action: 'coverage.exported', actorId: coordinator.id } })).toBe(1);
  });

  it('refuses a filter it does not know with 400', async () => {
    const member = await createPrincipal(t, await createWorld(t), 'member');
    const response = await request(t.http).get('/api/coverage').query({ sector: 'POLICE' }).set('Cookie', member.cookie).expect(400);
    expect(response.body.details.issues).toEqual([{ path: [], code: 'unrecognized_keys', message: 'Unrecognized key: "sector"' }]);
  });
});
