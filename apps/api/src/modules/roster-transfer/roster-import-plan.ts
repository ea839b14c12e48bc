import type { RosterColumn, RosterImportRow, RosterImportTotals, RosterRowIssue } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { canEditAgencyRoster } from '../../common/access/roster-access';
import type { RosterRecord } from './roster-file-parser';
import { readRow, type RowValues } from './roster-row';

export interface AgencyCandidate {
  id: string;
  name: string;
  municipalityCodes: string[];
}

/** A current contact as the import compares it with a row. */
export interface ExistingContact {
  id: string;
  version: number;
  name: string;
  email: string | null;
  title: string | null;
  phone: string | null;
  askMeAbout: string | null;
  languages: string[];
  awayUntil: string | null;
  municipalities: string[];
  competences: string[];
  agency: AgencyCandidate;
}

/** What the roster holds that a file's rows refer to. */
export interface ImportReference {
  /** Current (not archived) agencies whose name matches a row's organisation, ignoring case. */
  agencies: AgencyCandidate[];
  competenceSlugs: ReadonlySet<string>;
  municipalityCodes: ReadonlySet<string>;
  /** Current contacts whose email matches a row's, ignoring case. */
  contactsByEmail: ExistingContact[];
  /** Current contacts without an email address at the agencies the rows name. */
  contactsWithoutEmail: ExistingContact[];
}

/** A contact's values after the import, for the columns the file has (absent columns are undefined). */
export type ContactValues = RowValues & { agencyId: string };

export type PlannedWrite =
  | { kind: 'create'; values: ContactValues }
  | { kind: 'update'; contact: ExistingContact; values: ContactValues; changes: RosterColumn[] };

export interface PlannedRow {
  row: RosterImportRow;
  write: PlannedWrite | null;
}

const CHANGE_COLUMNS = ['email', 'name', 'title', 'phone', 'competences', 'languages', 'municipalities', 'askMeAbout', 'awayUntil'] as const;
type ChangeColumn = (typeof CHANGE_COLUMNS)[number];

/** Text as compared: the same with or without surrounding space or a Windows line ending. */
const sameText = (a: string | null, b: string | null) => (a ?? '').replace(/\r\n?/g, '\n').trim() === (b ?? '').replace(/\r\n?/g, '\n').trim();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));

/** The columns whose value in the row differs from the contact's. Email compares without case. */
export function changedColumns(contact: ExistingContact, values: RowValues): RosterColumn[] {
  const differs: Record<ChangeColumn, () => boolean> = {
    email: () => values.email !== null && values.email.toLowerCase() !== (contact.email ?? '').toLowerCase(),
    name: () => !sameText(values.name, contact.name),
    title: () => values.title !== undefined && !sameText(values.title, contact.title),
    phone: () => values.phone !== undefined && !sameText(values.phone, contact.phone),
    askMeAbout: () => values.askMeAbout !== undefined && !sameText(values.askMeAbout, contact.askMeAbout),
    languages: () => values.languages !== undefined && !sameSet(values.languages, contact.languages),
    municipalities: () => values.municipalities !== undefined && !sameSet(values.municipalities, contact.municipalities),
    competences: () => values.competences !== undefined && !sameSet(values.competences, contact.competences),
    awayUntil: () => values.awayUntil !== undefined && values.awayUntil !== contact.awayUntil,
  };
  return CHANGE_COLUMNS.filter((column) => differs[column]());
}

const lower = (text: string) => text.toLowerCase();

/**
 * Decides for every row what the import would do — create, update, leave unchanged — or why it
 * cannot (errors), against the roster as `reference` describes it. Pure: no database, so the dry
 * run and the applied import run the same rules.
 *
 * A row is matched to a current contact by email, ignoring case. A row whose address no contact
 * has, or a row without an address, is matched by name to a contact without an address at the
 * same organisation (so that an exported contact lacking an address round-trips, and adding the
 * address later updates it instead of duplicating it). A row that creates or changes a contact
 * needs the right to edit that organisation's roster; an unchanged row needs nothing.
 */
export function planImport(records: RosterRecord[], reference: ImportReference, actor: Actor): PlannedRow[] {
  const agenciesByName = groupBy(reference.agencies, (agency) => lower(agency.name));
  const contactsByEmail = groupBy(reference.contactsByEmail, (contact) => lower(contact.email ?? ''));
  const firstLineByEmail = new Map<string, number>();
  const firstLineByContact = new Map<string, number>();

  return records.map((record) => {
    const { values, errors } = readRow(record);
    const row: RosterImportRow = {
      line: record.line,
      action: 'error',
      email: values.email ?? '',
      name: values.name,
      organisation: values.organisation,
      contactId: null,
      changes: [],
      errors,
    };
    const fail = (field: RosterColumn | null, code: RosterRowIssue['code'], message: string, extra: Partial<RosterRowIssue> = {}) =>
      errors.push({ field, code, message, ...extra });

    if (values.email) {
      const key = lower(values.email);
      const first = firstLineByEmail.get(key);
      if (first !== undefined) fail('email', 'duplicate_in_file', `The same address is on line ${first}.`, { line: first });
      else firstLineByEmail.set(key, record.line);
    }

    let contact: ExistingContact | undefined;
    const byEmail = values.email ? (contactsByEmail.get(lower(values.email)) ?? []) : [];
    if (byEmail.length > 1) fail('email', 'ambiguous_contact', `${byEmail.length} contacts in the roster have this address; tidy them up in the portal first.`);
    else contact = byEmail[0];

    const agency = values.organisation ? resolveAgency(values.organisation, agenciesByName, contact) : undefined;
    if (values.organisation && agency === 'unknown') fail('organisation', 'unknown_organisation', 'No current organisation in the portal has this name.');
    if (agency === 'ambiguous') fail('organisation', 'ambiguous_organisation', 'Several organisations have this name.');
    const agencyRef = typeof agency === 'object' ? agency : undefined;

    if (!contact && byEmail.length === 0 && agencyRef && values.name) {
      const byName = reference.contactsWithoutEmail.filter((c) => c.agency.id === agencyRef.id && lower(c.name.trim()) === lower(values.name));
      if (byName.length > 1) fail('name', 'ambiguous_contact', `${byName.length} contacts without an address at this organisation have this name.`);
      else contact = byName[0];
    }
    if (!contact && !values.email && !errors.some((e) => e.field === 'email')) fail('email', 'required', 'An email address is required to add a contact.');

    if (contact) {
      row.contactId = contact.id;
      const first = firstLineByContact.get(contact.id);
      if (first !== undefined && !errors.some((e) => e.code === 'duplicate_in_file')) {
        fail('email', 'duplicate_in_file', `The same contact is on line ${first}.`, { line: first });
      } else firstLineByContact.set(contact.id, record.line);
      if (agencyRef && agencyRef.id !== contact.agency.id) {
        fail('organisation', 'organisation_change', `The contact is at ${contact.agency.name}; moving a contact to another organisation is not done by import.`);
      }
    }

    checkReferences(values, reference, fail);

    const changes = contact ? changedColumns(contact, values) : [];
    const isWrite = !contact || changes.length > 0;
    if (isWrite && agencyRef && !canEditAgencyRoster(actor, agencyRef)) {
      fail('organisation', 'forbidden', 'You may not change the roster of this organisation.');
    }

    if (errors.length > 0 || !agencyRef) return { row, write: null };
    const target: ContactValues = { ...values, agencyId: agencyRef.id };
    if (!contact) {
      row.action = 'create';
      return { row, write: { kind: 'create', values: target } };
    }
    row.changes = changes;
    row.action = changes.length > 0 ? 'update' : 'unchanged';
    return { row, write: changes.length > 0 ? { kind: 'update', contact, values: target, changes } : null };
  });
}

/**
 * The organisation a row names: the exact name if one current agency has it, else the one name
 * matching without case. Where several share the name, the contact's own agency among them.
 */
function resolveAgency(
  name: string,
  agenciesByName: Map<string, AgencyCandidate[]>,
  contact: ExistingContact | undefined,
): AgencyCandidate | 'unknown' | 'ambiguous' {
  const candidates = agenciesByName.get(lower(name)) ?? [];
  const exact = candidates.filter((agency) => agency.name.trim() === name);
  const pool = exact.length > 0 ? exact : candidates;
  if (pool.length === 0) return 'unknown';
  if (pool.length === 1) return pool[0]!;
  return pool.find((agency) => agency.id === contact?.agency.id) ?? 'ambiguous';
}

function checkReferences(
  values: RowValues,
  reference: ImportReference,
  fail: (field: RosterColumn, code: RosterRowIssue['code'], message: string, extra?: Partial<RosterRowIssue>) => void,
): void {
  const unknownCompetences = (values.competences ?? []).filter((slug) => !reference.competenceSlugs.has(slug));
  if (unknownCompetences.length > 0) {
    fail('competences', 'unknown_competence', `Unknown competences: ${unknownCompetences.join(', ')}.`, { values: unknownCompetences });
  }
  const unknownMunicipalities = (values.municipalities ?? []).filter((code) => !reference.municipalityCodes.has(code));
  if (unknownMunicipalities.length > 0) {
    fail('municipalities', 'unknown_municipality', `Unknown municipality codes (SCB, e.g. 1780): ${unknownMunicipalities.join(', ')}.`, {
      values: unknownMunicipalities,
    });
  }
}

export function totalsOf(rows: RosterImportRow[]): RosterImportTotals {
  const count = (action: RosterImportRow['action']) => rows.filter((row) => row.action === action).length;
  return { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), error: count('error') };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
