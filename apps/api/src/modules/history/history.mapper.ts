import { AuditActionSchema, type HistoryChange, type HistoryEntry, type HistoryTargetType, type HistoryValue } from '@repo/contracts';
import { swedishCollator } from '../../common/text/swedish-collator';
import type { HistoryEventRow, HistoryNames } from './history.repository';

/** A change as recorded; from and to are absent where an older entry listed only the field. */
export interface RecordedChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** The order the fields are listed in, as on the record's page; fields not named here come last. */
const FIELD_ORDER: Record<HistoryTargetType, readonly string[]> = {
  agency: ['name', 'sector', 'parentId', 'municipalityCodes', 'streetAddress', 'postalCode', 'city', 'phone', 'email', 'website', 'description'],
  contact: ['name', 'title', 'email', 'phone', 'languages', 'municipalityCodes', 'competenceSlugs', 'askMeAbout', 'awayUntil'],
  function: ['name', 'kind', 'holder', 'deputy', 'mailbox', 'phone'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The field changes an audit event carries: details.changes ({ field: { from, to } }) for
 * creations and updates, the holder and deputy of a handover, or the bare field list of an
 * older entry.
 */
export function recordedChanges(action: string, details: unknown): RecordedChange[] {
  const recorded = isRecord(details) ? details : {};
  if (action === 'function.handed_over') {
    return (['holder', 'deputy'] as const).flatMap((field) => {
      const key = field === 'holder' ? 'Holder' : 'Deputy';
      const from = recorded[`from${key}`] ?? null;
      const to = recorded[`to${key}`] ?? null;
      return from === to ? [] : [{ field, from, to }];
    });
  }
  if (isRecord(recorded.changes)) {
    return Object.entries(recorded.changes).flatMap(([field, change]) => (isRecord(change) ? [{ field, from: change.from ?? null, to: change.to ?? null }] : []));
  }
  if (Array.isArray(recorded.fields)) return recorded.fields.filter((field): field is string => typeof field === 'string').map((field) => ({ field }));
  return [];
}

function byFieldOrder(type: HistoryTargetType) {
  const order = FIELD_ORDER[type];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return (a: RecordedChange, b: RecordedChange) => rank(a.field) - rank(b.field) || a.field.localeCompare(b.field);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The ids, codes and slugs the page's changes refer to, for looking their names up in one go. */
export function referencesOf(rows: HistoryEventRow[], changes: RecordedChange[][]) {
  const all = changes.flat();
  const values = (field: string) => all.filter((change) => change.field === field).flatMap((change) => [change.from, change.to]);
  return {
    userIds: [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))],
    agencyIds: [...new Set(values('parentId').filter((value): value is string => typeof value === 'string' && UUID.test(value)))],
    municipalityCodes: [...new Set(values('municipalityCodes').flatMap(strings))],
    competenceSlugs: [...new Set(values('competenceSlugs').flatMap(strings))],
  };
}

/** Anything else recorded as it is; an unexpected shape as its JSON text rather than an error. */
function plain(value: unknown): HistoryValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return JSON.stringify(value);
}

function shown(field: string, value: unknown, names: HistoryNames): HistoryValue | undefined {
  if (value === undefined) return undefined;
  if (field === 'parentId' && typeof value === 'string') return names.agencies.get(value) ?? value;
  if (field === 'municipalityCodes' && Array.isArray(value)) {
    return strings(value)
      .map((code) => names.municipalities.get(code) ?? code)
      .sort((a, b) => swedishCollator.compare(a, b));
  }
  if (field === 'competenceSlugs' && Array.isArray(value)) return strings(value).map((slug) => names.competences.get(slug) ?? slug);
  return plain(value);
}

export function toHistoryEntry(type: HistoryTargetType, row: HistoryEventRow, changes: RecordedChange[], names: HistoryNames): HistoryEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: AuditActionSchema.parse(row.action),
    actor: row.actorId || row.actorLabel ? { name: row.actorId ? (names.users.get(row.actorId) ?? null) : null, email: row.actorLabel } : null,
    changes: [...changes].sort(byFieldOrder(type)).map(({ field, from, to }): HistoryChange => {
      const change: HistoryChange = { field };
      const shownFrom = shown(field, from, names);
      const shownTo = shown(field, to, names);
      if (shownFrom !== undefined) change.from = shownFrom;
      if (shownTo !== undefined) change.to = shownTo;
      return change;
    }),
  };
}
