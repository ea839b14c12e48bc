import type { Actor } from '../../common/access/actor';
import type { RosterRecord } from './roster-file-parser';
import { planImport, type AgencyCandidate, type ExistingContact, type ImportReference } from './roster-import-plan';

const KIL: AgencyCandidate = { id: 'a-kil', name: 'Socialtjänsten, Kils kommun', municipalityCodes: ['1715'] };
const EDA: AgencyCandidate = { id: 'a-eda', name: 'Socialtjänsten, Eda kommun', municipalityCodes: ['1730'] };

const coordinatorForKil: Actor = {
  id: 'u1',
  email: 'samordnare@kil.example',
  name: 'Samordnare',
  role: 'COORDINATOR',
  agencyId: KIL.id,
  isAgencyEditor: false,
  coordinatorScope: { wholeRegion: false, municipalityCodes: ['1715'] },
  sessionId: 's1',
  idleExpiresAt: new Date(),
  absoluteExpiresAt: new Date(),
};

function contact(overrides: Partial<ExistingContact>): ExistingContact {
  return {
    id: 'c1',
    version: 3,
    name: 'Anna Andersson',
    email: 'anna@kil.example',
    title: 'Fältsekreterare',
    phone: null,
    askMeAbout: null,
    languages: ['sv', 'en'],
    awayUntil: null,
    municipalities: ['1715'],
    competences: ['orosanmalan'],
    agency: KIL,
    ...overrides,
  };
}

function reference(overrides: Partial<ImportReference> = {}): ImportReference {
  return {
    agencies: [KIL, EDA],
    competenceSlugs: new Set(['orosanmalan', 'avhopparstod']),
    municipalityCodes: new Set(['1715', '1730']),
    contactsByEmail: [],
    contactsWithoutEmail: [],
    ...overrides,
  };
}

let nextLine = 2;
function record(cells: RosterRecord['cells']): RosterRecord {
  return { line: nextLine++, cells, hasExtraCells: false };
}
const anna = (cells: RosterRecord['cells'] = {}) =>
  record({
    email: 'ANNA@kil.example',
    name: 'Anna Andersson',
    organisation: KIL.name,
    title: 'Fältsekreterare',
    languages: 'en|sv',
    municipalities: '1715',
    competences: 'orosanmalan',
    ...cells,
  });

describe('planImport', () => {
  beforeEach(() => {
    nextLine = 2;
  });

  it('leaves a row as the roster has it unchanged, matching the address without case and lists in any order', () => {
    const [planned] = planImport([anna()], reference({ contactsByEmail: [contact({})] }), coordinatorForKil);
    expect(planned?.row).toMatchObject({ line: 2, action: 'unchanged', contactId: 'c1', changes: [], errors: [] });
    expect(planned?.write).toBeNull();
  });

  it('updates what differs; a blank cell clears, a missing column keeps', () => {
    const [planned] = planImport(
      [record({ email: 'anna@kil.example', name: 'Anna Andersson', organisation: KIL.name, title: '', competences: 'orosanmalan | avhopparstod' })],
      reference({ contactsByEmail: [contact({})] }),
      coordinatorForKil,
    );
    expect(planned?.row).toMatchObject({ action: 'update', changes: ['title', 'competences'] });
    expect(planned?.write).toMatchObject({ kind: 'update', values: { title: null, competences: ['orosanmalan', 'avhopparstod'] } });
    expect(planned?.write?.values.languages).toBeUndefined();
  });

  it('creates a row whose address is new, where the importer may edit the roster', () => {
    const [planned] = planImport([record({ email: 'ny@kil.example', name: 'Ny Person', organisation: KIL.name })], reference(), coordinatorForKil);
    expect(planned?.row).toMatchObject({ action: 'create', contactId: null, errors: [] });
    expect(planned?.write).toMatchObject({ kind: 'create', values: { agencyId: KIL.id, email: 'ny@kil.example' } });
  });

  it('refuses to create or change outside the importer’s municipalities, but an unchanged row there is fine', () => {
    const edaContact = contact({ id: 'c2', email: 'eva@eda.example', name: 'Eva Eriksson', agency: EDA, municipalities: [], languages: [], competences: [], title: null });
    const rows = planImport(
      [
        record({ email: 'ny@eda.example', name: 'Ny Person', organisation: EDA.name }),
        record({ email: 'eva@eda.example', name: 'Eva Eriksson', organisation: EDA.name }),
        record({ email: 'eva@eda.example', name: 'Eva Eriksson', organisation: EDA.name, phone: '0573-100 00' }),
      ],
      reference({ contactsByEmail: [edaContact] }),
      coordinatorForKil,
    );
    expect(rows.map(({ row }) => [row.action, row.errors.map((error) => error.code)])).toEqual([
      ['error', ['forbidden']],
      ['unchanged', []],
      ['error', ['duplicate_in_file', 'forbidden']],
    ]);
  });

  it('reports every problem of a row with its column', () => {
    const [planned] = planImport(
      [
        record({
          email: 'inte-en-adress',
          name: '',
          organisation: 'Okänd myndighet',
          languages: 'sv|xx',
          municipalities: '1715|9999',
          competences: 'avhopparstod|okand',
          awayUntil: '31/12/2026',
        }),
      ],
      reference(),
      coordinatorForKil,
    );
    expect(planned?.row.action).toBe('error');
    expect(planned?.row.errors.map((error) => [error.field, error.code, error.values])).toEqual([
      ['email', 'invalid_email', undefined],
      ['name', 'required', undefined],
      ['languages', 'invalid_language', ['xx']],
      ['awayUntil', 'invalid_date', ['31/12/2026']],
      ['organisation', 'unknown_organisation', undefined],
      ['competences', 'unknown_competence', ['okand']],
      ['municipalities', 'unknown_municipality', ['9999']],
    ]);
  });

  it('points a repeated address at the line it first appears on', () => {
    const rows = planImport([anna(), anna({ title: 'Socialsekreterare' })], reference({ contactsByEmail: [contact({})] }), coordinatorForKil);
    expect(rows[1]?.row.errors).toEqual([expect.objectContaining({ field: 'email', code: 'duplicate_in_file', line: 2 })]);
  });

  it('does not move a contact to another organisation', () => {
    const [planned] = planImport([anna({ organisation: EDA.name })], reference({ contactsByEmail: [contact({})] }), coordinatorForKil);
    expect(planned?.row.errors.map((error) => error.code)).toEqual(['organisation_change']);
  });

  it('matches a contact without an address by name at its organisation, and gives it the address a row adds', () => {
    const withoutEmail = contact({ email: null, id: 'c3', name: 'Olle Utan', languages: [], municipalities: [], competences: [], title: null });
    const unchanged = planImport([record({ email: '', name: 'Olle Utan', organisation: KIL.name })], reference({ contactsWithoutEmail: [withoutEmail] }), coordinatorForKil);
    expect(unchanged[0]?.row).toMatchObject({ action: 'unchanged', contactId: 'c3' });
    const withAddress = planImport(
      [record({ email: 'olle@kil.example', name: 'olle utan', organisation: KIL.name })],
      reference({ contactsWithoutEmail: [withoutEmail] }),
      coordinatorForKil,
    );
    expect(withAddress[0]?.row).toMatchObject({ action: 'update', contactId: 'c3', changes: ['email', 'name'] });
    const unknown = planImport([record({ email: '', name: 'Ingen Alls', organisation: KIL.name })], reference(), coordinatorForKil);
    expect(unknown[0]?.row.errors.map((error) => [error.field, error.code])).toEqual([['email', 'required']]);
  });

  it('picks the organisation by exact name, else the one matching without case', () => {
    const [planned] = planImport([record({ email: 'ny@kil.example', name: 'Ny', organisation: 'socialtjänsten, kils kommun' })], reference(), coordinatorForKil);
    expect(planned?.write).toMatchObject({ values: { agencyId: KIL.id } });
    const twin = { ...KIL, id: 'a-kil-2' };
    const [ambiguous] = planImport([record({ email: 'ny@kil.example', name: 'Ny', organisation: KIL.name })], reference({ agencies: [KIL, twin] }), coordinatorForKil);
    expect(ambiguous?.row.errors.map((error) => error.code)).toEqual(['ambiguous_organisation']);
  });
});
