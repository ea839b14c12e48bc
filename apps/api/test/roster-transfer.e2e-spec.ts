import { RosterImportReportSchema, type RosterImportReport } from '@repo/contracts';
import { createAgency, createContact, unique } from '@repo/test-factories';
import request from 'supertest';
import { stockholmDay } from '../src/common/time/stockholm';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';

const HEADER = 'E-post;Namn;Titel;Organisation;Telefon;Kompetenser;Språk;Kommuner;Fråga mig om;Borta till;Senast verifierad';

/** Windows-1252 as Excel's plain "CSV" saves it: Latin-1, plus the typographic characters of 0x80–0x9F. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Buffer.from(
    [...text].map((char) => {
      const code = high[char] ?? char.charCodeAt(0);
      if (code > 0xff) throw new Error(`${char} is not in Windows-1252`);
      return code;
    }),
  );
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);

describe('roster export and import (/api/roster)', () => {
  let t: TestApp;
  let world: World;
  let coordinator: Principal;
  let admin: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    coordinator = await createPrincipal(t, world, 'coordinatorInScope');
    admin = await createPrincipal(t, world, 'admin');
  });
  afterAll(() => t.close());

  /** The export as the bytes Excel would get. */
  function exportRoster(principal: Principal, query: Record<string, string>) {
    return request(t.http)
      .get('/api/roster/export')
      .query(query)
      .set('Cookie', principal.cookie)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  function importFile(principal: Principal, bytes: Buffer, dryRun: 'true' | 'false' = 'true', fileName = 'kontakter.csv') {
    return asApp(request(t.http).post('/api/roster/import'), { cookie: principal.cookie })
      .field('dryRun', dryRun)
      .attach('file', bytes, { filename: fileName, contentType: 'text/csv' });
  }

  async function dryRun(principal: Principal, bytes: Buffer): Promise<RosterImportReport> {
    const response = await importFile(principal, bytes);
    expect({ status: response.status, body: response.status === 200 ? undefined : response.body }).toEqual({ status: 200, body: undefined });
    return RosterImportReportSchema.parse(response.body);
  }

  /** An agency in Arvika (in the coordinator's scope) with a name of its own, å ä ö included. */
  async function arvikaAgency(sector: 'SOCIAL_SERVICES' | 'LEISURE' = 'SOCIAL_SERVICES') {
    return createAgency(t.prisma, { name: `Fältgruppen Ärla-Öst ${unique('arvika')}`, municipalityCodes: ['1784'], sector });
  }

  async function competenceId(slug: string) {
    return (await t.prisma.competence.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }

  async function contactsOf(agencyId: string) {
    return t.prisma.contact.findMany({
      where: { agencyId },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        email: true,
        title: true,
        phone: true,
        version: true,
        languages: true,
        awayUntil: true,
        lastVerifiedById: true,
        municipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: 'asc' } },
        competences: { select: { competence: { select: { slug: true } } } },
      },
    });
  }

  describe('GET /api/roster/export', () => {
    it('gives the filtered roster as CSV for Swedish Excel: BOM, semicolons, CRLF, å ä ö, a dated attachment, audited', async () => {
      const agency = await arvikaAgency('LEISURE');
      const saraEmail = `${unique('sara')}@test.example`;
      const sara = await createContact(t.prisma, { agencyId: agency.id, name: 'Sara Åkesson', email: saraEmail, title: 'Fältsekreterare', municipalityCodes: ['1784', '1730'] });
      await t.prisma.contact.update({
        where: { id: sara.id },
        data: {
          phone: '+46 70-174 06 01',
          languages: ['sv', 'ar'],
          askMeAbout: 'Samverkan; skola och fritid',
          awayUntil: new Date('2026-12-31T00:00:00Z'),
          lastVerifiedAt: new Date('2026-03-01T23:30:00Z'),
          competences: { create: [{ competenceId: await competenceId('anhorigstod') }, { competenceId: await competenceId('avhopparstod') }] },
        },
      });
      await createContact(t.prisma, { agencyId: agency.id, name: 'Örjan Berg', email: null, title: null });
      await t.prisma.contact.update({ where: { id: (await createContact(t.prisma, { agencyId: agency.id, name: 'Arkiverad Person' })).id }, data: { archivedAt: new Date() } });

      const before = stockholmDay(new Date());
      const response = await exportRoster(coordinator, { agencyId: agency.id }).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect([`attachment; filename="kontaktlista-${before}.csv"`, `attachment; filename="kontaktlista-${stockholmDay(new Date())}.csv"`]).toContain(
        response.headers['content-disposition'],
      );
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.split('\r\n')).toEqual([
        `\uFEFF${HEADER}`,
        // Competences in the roster's order, lists joined with |, the phone's + defused for the spreadsheet, the day in Swedish time.
        `${saraEmail};Sara Åkesson;Fältsekreterare;${agency.name};'+46 70-174 06 01;avhopparstod|anhorigstod;sv|ar;1730|1784;"Samverkan; skola och fritid";2026-12-31;2026-03-02`,
        `;Örjan Berg;;${agency.name};;;;;;;${stockholmDay(new Date())}`,
        '',
      ]);

      const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'roster.exported', actorId: coordinator.id }, orderBy: { at: 'desc' } });
      expect(event.details).toEqual({ filter: { agencyId: agency.id, municipality: null, sector: null, competence: null }, rows: 2 });
    });

    it('filters by municipality (the contact’s own, or its agency’s when it has none), sector and competence', async () => {
      const leisure = await arvikaAgency('LEISURE');
      const regional = await createAgency(t.prisma, { name: `Regionalt stöd ${unique('region')}`, municipalityCodes: ['1784', '1715'], sector: 'LEISURE' });
      const inArvika = await createContact(t.prisma, { agencyId: leisure.id, name: 'Ada Arvika' });
      const namedForKil = await createContact(t.prisma, { agencyId: regional.id, name: 'Kim Kil', municipalityCodes: ['1715'] });
      const everywhere = await createContact(t.prisma, { agencyId: regional.id, name: 'Rut Region' });
      await t.prisma.contactCompetence.create({ data: { contactId: everywhere.id, competenceId: await competenceId('lagesbild') } });

      const names = async (query: Record<string, string>) => {
        const text = ((await exportRoster(admin, query).expect(200)).body as Buffer).toString('utf8');
        const mine = new Set([inArvika.name, namedForKil.name, everywhere.name]);
        return text
          .split('\r\n')
          .slice(1, -1)
          .map((line) => line.split(';')[1])
          .filter((name) => name !== undefined && mine.has(name));
      };
      expect(await names({ municipality: '1784', sector: 'LEISURE' })).toEqual(['Ada Arvika', 'Rut Region']);
      expect(await names({ municipality: '1715', sector: 'LEISURE' })).toEqual(['Kim Kil', 'Rut Region']);
      expect(await names({ agencyId: regional.id, competence: 'lagesbild' })).toEqual(['Rut Region']);
      expect(await names({ sector: 'POLICE' })).toEqual([]);
    });

    it('is for coordinators and administrators only, and refuses an unknown filter', async () => {
      const member = await createPrincipal(t, world, 'member');
      await exportRoster(member, {}).expect(403);
      const response = await request(t.http).get('/api/roster/export').query({ sector: 'ASTROLOGY' }).set('Cookie', coordinator.cookie).expect(400);
      expect(response.body.details.issues).toEqual([expect.objectContaining({ path: ['sector'] })]);
    });
  });

  describe('POST /api/roster/import', () => {
    it('reports in a dry run what every row would do, by line, and changes nothing', async () => {
      const agency = await arvikaAgency();
      const beritEmail = `${unique('berit')}@test.example`;
      const svenEmail = `${unique('sven')}@test.example`;
      const existing = await createContact(t.prisma, { agencyId: agency.id, name: 'Berit Befintlig', email: beritEmail, title: 'Kurator' });
      await createContact(t.prisma, { agencyId: agency.id, name: 'Sven Samma', email: svenEmail, title: null });
      const newEmail = `${unique('ny')}@test.example`;
      const file = [
        'E-post;Namn;Titel;Organisation',
        `${newEmail};Nils Ny;Rektor;${agency.name}`,
        `${beritEmail};Berit Befintlig;Skolkurator;${agency.name}`,
        '',
        `${svenEmail};Sven Samma;;${agency.name}`,
        `inte-en-adress;;Rektor;Finns Inte AB`,
        '',
      ].join('\r\n');
      const before = await contactsOf(agency.id);
      const auditsBefore = await t.prisma.auditEvent.count({ where: { actorId: coordinator.id } });

      const report = await dryRun(coordinator, utf8(file));
      expect(report).toMatchObject({ dryRun: true, applied: false, encoding: 'utf-8', hasByteOrderMark: false, delimiter: ';', ignoredColumns: [] });
      expect(report.totals).toEqual({ rows: 4, create: 1, update: 1, unchanged: 1, error: 1 });
      expect(report.rows.map((row) => [row.line, row.action, row.name, row.changes, row.errors.map((error) => [error.field, error.code])])).toEqual([
        [2, 'create', 'Nils Ny', [], []],
        [3, 'update', 'Berit Befintlig', ['title'], []],
        [5, 'unchanged', 'Sven Samma', [], []],
        [
          6,
          'error',
          '',
          [],
          [
            ['email', 'invalid_email'],
            ['name', 'required'],
            ['organisation', 'unknown_organisation'],
          ],
        ],
      ]);
      expect(report.rows[1]?.contactId).toBe(existing.id);
      expect(await contactsOf(agency.id)).toEqual(before);
      expect(await t.prisma.auditEvent.count({ where: { actorId: coordinator.id } })).toBe(auditsBefore);
    });

    it('applies nothing at all when one row has an error, and says why with the report', async () => {
      const agency = await arvikaAgency();
      const existing = await createContact(t.prisma, { agencyId: agency.id, name: 'Berit Befintlig', title: 'Kurator' });
      const { email } = await t.prisma.contact.findUniqueOrThrow({ where: { id: existing.id } });
      const file = [
        'E-post;Namn;Titel;Organisation;Kompetenser',
        `${unique('ny')}@test.example;Nils Ny;Rektor;${agency.name};avhopparstod`,
        `${email};Berit Befintlig;Skolkurator;${agency.name};`,
        `${unique('fel')}@test.example;Fel Kompetens;;${agency.name};astrologi`,
      ].join('\r\n');
      const before = await contactsOf(agency.id);
      const importsBefore = await t.prisma.auditEvent.count({ where: { action: 'roster.imported' } });

      const response = await importFile(coordinator, utf8(file), 'false').expect(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: '1 of 3 rows have errors; nothing was imported.',
        details: { issues: [{ path: ['file'], code: 'has_row_errors' }] },
      });
      const report = RosterImportReportSchema.parse(response.body.details.report);
      expect(report.rows[2]).toMatchObject({ line: 4, action: 'error', errors: [{ field: 'competences', code: 'unknown_competence', values: ['astrologi'] }] });
      expect(await contactsOf(agency.id)).toEqual(before);
      expect(await t.prisma.auditEvent.count({ where: { action: 'roster.imported' } })).toBe(importsBefore);
    });

    it('creates and updates in one go: versions raised, lists replaced, verified by the importer, every contact audited', async () => {
      const agency = await arvikaAgency();
      const existing = await createContact(t.prisma, { agencyId: agency.id, name: 'Berit Befintlig', title: 'Kurator', municipalityCodes: ['1784'] });
      await t.prisma.contactCompetence.create({ data: { contactId: existing.id, competenceId: await competenceId('orosanmalan') } });
      const { email } = await t.prisma.contact.findUniqueOrThrow({ where: { id: existing.id } });
      const newEmail = `${unique('ny')}@test.example`;
      const file = [
        HEADER,
        `${newEmail};Nils Ny;Rektor;${agency.name};0570-100 00;avhopparstod|samtalsstod;sv, fi;1784;Elevhälsa;2027-01-15;`,
        `${email};Berit Befintlig;Skolkurator;${agency.name};;anhorigstod;;1784|1730;;;2020-01-01`,
      ].join('\r\n');

      const response = await importFile(coordinator, utf8Bom(file), 'false', 'arvika.csv').expect(200);
      const report = RosterImportReportSchema.parse(response.body);
      expect(report).toMatchObject({ dryRun: false, applied: true, hasByteOrderMark: true, totals: { rows: 2, create: 1, update: 1, unchanged: 0, error: 0 } });
      expect(report.rows[1]?.changes).toEqual(['title', 'competences', 'municipalities']);

      const [berit, nils] = await contactsOf(agency.id);
      expect(nils).toMatchObject({
        id: report.rows[0]?.contactId,
        email: newEmail,
        title: 'Rektor',
        phone: '0570-100 00',
        languages: ['sv', 'fi'],
        awayUntil: new Date('2027-01-15T00:00:00Z'),
        version: 1,
        lastVerifiedById: coordinator.id,
        municipalities: [{ municipalityCode: '1784' }],
      });
      expect(nils?.competences.map((c) => c.competence.slug).sort()).toEqual(['avhopparstod', 'samtalsstod']);
      expect(berit).toMatchObject({
        id: existing.id,
        title: 'Skolkurator',
        version: existing.version + 1,
        lastVerifiedById: coordinator.id,
        municipalities: [{ municipalityCode: '1730' }, { municipalityCode: '1784' }],
        competences: [{ competence: { slug: 'anhorigstod' } }],
      });

      const updated = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'contact.updated', targetId: existing.id } });
      expect(updated).toMatchObject({
        actorId: coordinator.id,
        details: {
          source: 'import',
          changes: {
            title: { from: 'Kurator', to: 'Skolkurator' },
            competenceSlugs: { from: ['orosanmalan'], to: ['anhorigstod'] },
            municipalityCodes: { from: ['1784'], to: ['1784', '1730'] },
          },
        },
      });
      const created = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'contact.created', targetId: nils?.id } });
      expect(created.details).toMatchObject({ source: 'import', changes: { name: { from: null, to: 'Nils Ny' }, languages: { from: null, to: ['sv', 'fi'] } } });
      const imported = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'roster.imported', actorId: coordinator.id }, orderBy: { at: 'desc' } });
      expect(imported.details).toEqual({
        fileName: 'arvika.csv',
        encoding: 'utf-8',
        delimiter: ';',
        totals: { rows: 2, create: 1, update: 1, unchanged: 0, error: 0 },
      });
    });

    it('reads Windows-1252 as plain Excel CSV saves it, å ä ö and typographic dashes included', async () => {
      const agency = await createAgency(t.prisma, { name: `Socialtjänsten Hammarö ${unique('hammaro')}`, municipalityCodes: ['1784'] });
      const email = `${unique('asa')}@test.example`;
      const file = windows1252(`E-post;Namn;Titel;Organisation\r\n${email};Åsa Öberg;Samordnare – Säffle, Årjäng;${agency.name}\r\n`);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();

      const response = await importFile(admin, file, 'false').expect(200);
      expect(RosterImportReportSchema.parse(response.body)).toMatchObject({ encoding: 'windows-1252', applied: true, rows: [{ action: 'create', name: 'Åsa Öberg' }] });
      expect(await contactsOf(agency.id)).toEqual([expect.objectContaining({ name: 'Åsa Öberg', email, title: 'Samordnare – Säffle, Årjäng' })]);
    });

    it('reads comma-separated UTF-8 with quoted fields and English headers', async () => {
      const agency = await createAgency(t.prisma, { name: `Socialtjänsten, Arvika kommun ${unique('komma')}`, municipalityCodes: ['1784'] });
      const email = `${unique('komma')}@test.example`;
      const file = `Email,Name,Title,Organization,Languages,Municipalities\n${email},"Berg, Cilla","Rektor, ""Västra""","${agency.name}","sv,en",1784\n`;

      const report = RosterImportReportSchema.parse((await importFile(coordinator, utf8(file), 'false').expect(200)).body);
      expect(report).toMatchObject({ delimiter: ',', encoding: 'utf-8', hasByteOrderMark: false, totals: { create: 1 } });
      expect(await contactsOf(agency.id)).toEqual([
        expect.objectContaining({ name: 'Berg, Cilla', title: 'Rektor, "Västra"', languages: ['sv', 'en'], municipalities: [{ municipalityCode: '1784' }] }),
      ]);
    });

    it('takes back its own export, edited and saved again by Excel (Windows-1252 or UTF-8 with BOM), cleanly', async () => {
      const agency = await arvikaAgency();
      const first = await createContact(t.prisma, { agencyId: agency.id, name: 'Åke Älvsson', title: 'Fältsekreterare', municipalityCodes: ['1784', '1765'] });
      await t.prisma.contact.update({
        where: { id: first.id },
        data: {
          phone: '+46 70-174 06 02',
          languages: ['sv', 'no'],
          askMeAbout: 'Orosanmälan; samverkan med skolan\noch fritiden',
          awayUntil: new Date('2026-12-24T00:00:00Z'),
          competences: { create: [{ competenceId: await competenceId('orosanmalan') }, { competenceId: await competenceId('ssp-samverkan') }] },
        },
      });
      await createContact(t.prisma, { agencyId: agency.id, name: 'Örjan Utan Adress', email: null });
      const second = await createContact(t.prisma, { agencyId: agency.id, name: 'Maja Möller', title: '=Rektor' });

      const exported = ((await exportRoster(coordinator, { agencyId: agency.id }).expect(200)).body as Buffer).toString('utf8').replace(/^\uFEFF/, '');

      // Saved again untouched, in either of Excel's encodings: nothing to do.
      for (const bytes of [windows1252(exported), utf8Bom(exported)]) {
        const report = await dryRun(coordinator, bytes);
        expect(report.totals).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, error: 0 });
      }

      // Edited: a new title for Maja, a new row, and Örjan finally gets an address.
      const lines = exported.split('\r\n');
      const newEmail = `${unique('ny')}@test.example`;
      const orjanEmail = `${unique('orjan')}@test.example`;
      const edited = [
        ...lines.slice(0, -1).map((line) =>
          line.includes('Maja Möller') ? line.replace("'=Rektor", 'Biträdande rektor') : line.startsWith(';Örjan') ? `${orjanEmail}${line}` : line,
        ),
        `${newEmail};Nora Ny;Kurator;${agency.name};;;;;;;`,
        '',
      ].join('\r\n');
      const report = RosterImportReportSchema.parse((await importFile(coordinator, windows1252(edited), 'false').expect(200)).body);
      // The export's order is Swedish: M before Å and Ö.
      expect(report.rows.map((row) => [row.line, row.name, row.action, row.changes])).toEqual([
        [2, 'Maja Möller', 'update', ['title']],
        [3, 'Åke Älvsson', 'unchanged', []],
        [5, 'Örjan Utan Adress', 'update', ['email']],
        [6, 'Nora Ny', 'create', []],
      ]);
      const after = await contactsOf(agency.id);
      expect(after.find((c) => c.id === second.id)).toMatchObject({ title: 'Biträdande rektor', version: second.version + 1 });
      expect(after.find((c) => c.id === first.id)).toMatchObject({ version: first.version, phone: '+46 70-174 06 02', languages: ['sv', 'no'] });
      expect(after.find((c) => c.name === 'Örjan Utan Adress')).toMatchObject({ email: orjanEmail });
      expect(after).toHaveLength(4);
    });

    it('matches the address without regard to case, and never creates a second entry for it', async () => {
      const agency = await arvikaAgency();
      const email = `Kalle.${unique('karlsson')}@Test.Example`;
      const existing = await createContact(t.prisma, { agencyId: agency.id, name: 'Kalle Karlsson', email });
      const file = `E-post;Namn;Organisation;Titel\r\n${email.toLowerCase().replace('test.example', 'TEST.EXAMPLE')};Kalle Karlsson;${agency.name};Polis\r\n`;

      const report = RosterImportReportSchema.parse((await importFile(coordinator, utf8(file), 'false').expect(200)).body);
      expect(report.rows).toEqual([expect.objectContaining({ action: 'update', contactId: existing.id, changes: ['title'] })]);
      expect(await contactsOf(agency.id)).toEqual([expect.objectContaining({ id: existing.id, email, title: 'Polis' })]);
    });

    it('gives a coordinator row errors for organisations outside their municipalities, and writes none of it', async () => {
      const outOfScope = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const agency = await arvikaAgency();
      const file = `E-post;Namn;Organisation\r\n${unique('ny')}@test.example;Nils Ny;${agency.name}\r\n`;

      const report = await dryRun(outOfScope, utf8(file));
      expect(report.rows).toEqual([
        expect.objectContaining({ line: 2, action: 'error', errors: [expect.objectContaining({ field: 'organisation', code: 'forbidden' })] }),
      ]);
      const applied = await importFile(outOfScope, utf8(file), 'false').expect(400);
      expect(applied.body.details.issues).toEqual([expect.objectContaining({ code: 'has_row_errors' })]);
      expect(await contactsOf(agency.id)).toEqual([]);
    });

    it('refuses a request without a file, a file without the needed columns, an empty file and one too large, with the reason', async () => {
      const noFile = await asApp(request(t.http).post('/api/roster/import'), { cookie: coordinator.cookie }).field('dryRun', 'true').expect(400);
      expect(noFile.body.details.issues).toEqual([expect.objectContaining({ path: ['file'], code: 'required' })]);
      const json = await asApp(request(t.http).post('/api/roster/import'), { cookie: coordinator.cookie }).send({ file: 'x' }).expect(400);
      expect(json.body.details.issues).toEqual([expect.objectContaining({ path: ['file'], code: 'required' })]);

      const columns = await importFile(coordinator, utf8('E-post;Titel\r\na@test.example;Rektor\r\n')).expect(400);
      expect(columns.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: 'The header line lacks the columns Namn, Organisation.',
        details: { issues: [{ path: ['file'], code: 'missing_columns' }], columns: ['Namn', 'Organisation'] },
      });
      const empty = await importFile(coordinator, Buffer.alloc(0)).expect(400);
      expect(empty.body.details.issues).toEqual([expect.objectContaining({ code: 'empty' })]);

      const large = await importFile(coordinator, Buffer.alloc(5 * 1024 * 1024 + 1, 'a')).expect(413);
      expect(large.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { issues: [{ path: ['file'], code: 'too_large' }] } });

      const badFlag = await asApp(request(t.http).post('/api/roster/import'), { cookie: coordinator.cookie })
        .field('dryRun', 'kanske')
        .attach('file', utf8('E-post;Namn;Organisation\r\n'), 'a.csv')
        .expect(400);
      expect(badFlag.body.details.issues).toEqual([expect.objectContaining({ path: ['dryRun'] })]);
    });

    it('takes dryRun from the query as well, and is a dry run unless told otherwise', async () => {
      const agency = await arvikaAgency();
      const file = utf8(`E-post;Namn;Organisation\r\n${unique('ny')}@test.example;Nils Ny;${agency.name}\r\n`);
      const bare = await asApp(request(t.http).post('/api/roster/import'), { cookie: coordinator.cookie }).attach('file', file, 'a.csv').expect(200);
      expect(bare.body).toMatchObject({ dryRun: true, applied: false });
      const byQuery = await asApp(request(t.http).post('/api/roster/import?dryRun=false'), { cookie: coordinator.cookie }).attach('file', file, 'a.csv').expect(200);
      expect(byQuery.body).toMatchObject({ dryRun: false, applied: true });
      expect(await contactsOf(agency.id)).toHaveLength(1);
    });
  });
});
