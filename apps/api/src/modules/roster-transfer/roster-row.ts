import type { RosterColumn, RosterRowIssue } from '@repo/contracts';
import { z } from 'zod';
import type { RosterRecord } from './roster-file-parser';

/**
 * A row's values as the roster holds them. Optional fields are undefined when the file has no
 * such column (the roster keeps what it has); a blank cell is null or an empty list (cleared).
 */
export interface RowValues {
  email: string | null;
  name: string;
  organisation: string;
  title?: string | null;
  phone?: string | null;
  askMeAbout?: string | null;
  languages?: string[];
  municipalities?: string[];
  competences?: string[];
  awayUntil?: string | null;
}

export type ListColumn = 'languages' | 'municipalities' | 'competences';
export type TextColumn = 'title' | 'phone' | 'askMeAbout';

/** The same limits as the contact form (contracts, contactFields). */
const MAX_LENGTH: Record<'email' | 'name' | 'organisation' | TextColumn, number> = {
  email: 254,
  name: 120,
  organisation: 200,
  title: 200,
  phone: 40,
  askMeAbout: 1000,
};
const MAX_ITEMS: Record<ListColumn, number> = { languages: 20, municipalities: 300, competences: 50 };

/**
 * The separator the export puts between list items. Not a comma: Swedish Excel may read
 * "1784,1780" as a decimal number. The import also takes commas, semicolons and spaces.
 */
export const LIST_SEPARATOR = '|';
const LIST_SPLIT = /[\s,;|]+/;

const EmailSchema = z.email();
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A cell as the roster should hold it: trimmed, one line ending, and without the apostrophe the
 * export puts before a leading = + - or @ (so that a spreadsheet does not run it as a formula).
 */
export function cellText(cell: string | undefined): string {
  const text = (cell ?? '').replace(/\r\n?/g, '\n').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

export function listItems(cell: string | undefined): string[] {
  return [...new Set(cellText(cell).split(LIST_SPLIT).filter((item) => item !== ''))];
}

/** A real ISO 639 code (sv, en, ar, fin, smj …), not just two or three letters. */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code) && LANGUAGE_NAMES.of(code) !== undefined;
}

/** YYYY-MM-DD that is a real day. Excel may add a midnight time to a date cell; that is read past. */
export function dayOf(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/.exec(text);
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : null;
}

const issue = (field: RosterColumn | null, code: RosterRowIssue['code'], message: string, extra: Partial<RosterRowIssue> = {}): RosterRowIssue => ({
  field,
  code,
  message,
  ...extra,
});

/**
 * Reads one row into roster values and the problems that need nothing but the row itself to
 * see (format, lengths, required cells). References (organisation, competences, municipalities)
 * are checked against the roster by the import plan.
 */
export function readRow(record: RosterRecord): { values: RowValues; errors: RosterRowIssue[] } {
  const errors: RosterRowIssue[] = [];
  const { cells } = record;
  const has = (column: RosterColumn) => column in cells;

  const text = (column: 'email' | 'name' | 'organisation' | TextColumn): string => {
    const value = cellText(cells[column]);
    if (value.length > MAX_LENGTH[column]) {
      errors.push(issue(column, 'too_long', `At most ${MAX_LENGTH[column]} characters.`, { max: MAX_LENGTH[column] }));
    }
    return value;
  };
  const list = (column: ListColumn, normalise: (item: string) => string): string[] => {
    const items = [...new Set(listItems(cells[column]).map(normalise))];
    if (items.length > MAX_ITEMS[column]) {
      errors.push(issue(column, 'too_many', `At most ${MAX_ITEMS[column]} items.`, { max: MAX_ITEMS[column] }));
    }
    return items;
  };

  const email = text('email');
  if (email !== '' && !EmailSchema.safeParse(email).success) errors.push(issue('email', 'invalid_email', 'Not an email address.'));
  const name = text('name');
  if (name === '') errors.push(issue('name', 'required', 'A name is required.'));
  const organisation = text('organisation');
  if (organisation === '') errors.push(issue('organisation', 'required', 'The organisation is required.'));

  const values: RowValues = { email: email === '' ? null : email, name, organisation };
  for (const column of ['title', 'phone', 'askMeAbout'] as const) {
    if (has(column)) values[column] = text(column) || null;
  }
  if (has('languages')) {
    values.languages = list('languages', (item) => item.toLowerCase());
    const invalid = values.languages.filter((code) => !isLanguageCode(code));
    if (invalid.length > 0) {
      errors.push(issue('languages', 'invalid_language', `Not ISO 639 language codes (such as sv, en, ar): ${invalid.join(', ')}.`, { values: invalid }));
    }
  }
  if (has('municipalities')) values.municipalities = list('municipalities', (item) => item);
  if (has('competences')) values.competences = list('competences', (item) => item.toLowerCase());
  if (has('awayUntil')) {
    const cell = cellText(cells.awayUntil);
    const day = cell === '' ? null : dayOf(cell);
    if (cell !== '' && day === null) errors.push(issue('awayUntil', 'invalid_date', 'A date is written YYYY-MM-DD, e.g. 2026-12-31.', { values: [cell] }));
    values.awayUntil = day;
  }
  if (record.hasExtraCells) errors.push(issue(null, 'extra_cells', 'The row has more cells than the header line has columns.'));
  return { values, errors };
}
