import { ROSTER_COLUMN_HEADERS, ROSTER_COLUMNS, ROSTER_IMPORT_MAX_ROWS, ROSTER_REQUIRED_COLUMNS, type RosterColumn, type RosterFileErrorCode } from '@repo/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../common/errors/app-error';
import { decodeRosterFile, type RosterFileEncoding } from './roster-file-decoding';

export type RosterDelimiter = ';' | ',' | '\t';

/** One data row: where it starts in the file (the header is line 1) and its cells by column. */
export interface RosterRecord {
  line: number;
  cells: Partial<Record<RosterColumn, string>>;
  /** Non-blank cells beyond the header's columns: the row is out of step with the header. */
  hasExtraCells: boolean;
}

export interface ParsedRosterFile {
  encoding: RosterFileEncoding;
  hasByteOrderMark: boolean;
  delimiter: RosterDelimiter;
  /** The roster columns the file has. Absent columns are left as they are in the roster. */
  columns: RosterColumn[];
  ignoredColumns: string[];
  records: RosterRecord[];
}

/** A refusal of the whole file: the issue is on the multipart field "file". */
export function fileError(code: RosterFileErrorCode, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError(code === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', message, {
    issues: [{ path: ['file'], code, message }],
    ...extra,
  });
}

/** "E-post", "e post" and "EPOST" are one header. */
export function headerKey(header: string): string {
  return header.normalize('NFC').trim().toLowerCase().replace(/[\s\-_.]+/g, '');
}

const COLUMN_BY_HEADER = new Map<string, RosterColumn>(
  ROSTER_COLUMNS.flatMap((column) => {
    const { header, aliases } = ROSTER_COLUMN_HEADERS[column];
    return [column, header, ...aliases].map((name) => [headerKey(name), column] as const);
  }),
);

/** The separator of the header line: whichever of ; , and tab it has most of outside quotes (; on a tie). */
export function detectDelimiter(headerLine: string): RosterDelimiter {
  const counts: Record<RosterDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let isQuoted = false;
  for (const char of headerLine) {
    if (char === '"') isQuoted = !isQuoted;
    else if (!isQuoted && (char === ';' || char === ',' || char === '\t')) counts[char] += 1;
  }
  return (Object.keys(counts) as RosterDelimiter[]).reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ';');
}

/**
 * Reads a roster file: decodes it, finds the separator from the header line, matches the headers
 * to roster columns, and returns the data rows with the line each starts on. Blank rows (Excel
 * leaves ";;;;" lines) are left out. Anything that makes the file unreadable is a 400.
 */
export function parseRosterFile(bytes: Uint8Array): ParsedRosterFile {
  const { text: raw, encoding, hasByteOrderMark } = decodeRosterFile(bytes);
  // One line ending throughout, so that CRLF, LF and a mix of both read alike.
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw fileError('empty', 'The file is empty.');

  const delimiter = detectDelimiter(text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')));
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record comes as { record, info }; csv-parse's types do not say so.
    parsed = parse(text, { delimiter, record_delimiter: '\n', relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof (error as CsvError & { lines?: unknown }).lines === 'number' ? (error as CsvError & { lines: number }).lines : undefined;
      throw fileError('malformed', `The file is not readable as CSV${line ? ` (line ${line})` : ''}: ${error.message}`, line ? { line } : {});
    }
    throw error;
  }

  const [header, ...rows] = parsed;
  if (!header) throw fileError('empty', 'The file is empty.');
  const indexes = new Map<RosterColumn, number>();
  const duplicates = new Set<string>();
  const ignoredColumns: string[] = [];
  header.record.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(headerKey(name));
    if (!column) {
      if (name.trim() !== '') ignoredColumns.push(name.trim());
      return;
    }
    if (indexes.has(column)) duplicates.add(ROSTER_COLUMN_HEADERS[column].header);
    else indexes.set(column, index);
  });
  if (duplicates.size > 0) {
    throw fileError('duplicate_columns', `Columns appear more than once: ${[...duplicates].join(', ')}.`, { columns: [...duplicates] });
  }
  const missing = ROSTER_REQUIRED_COLUMNS.filter((column) => !indexes.has(column)).map((column) => ROSTER_COLUMN_HEADERS[column].header);
  if (missing.length > 0) {
    throw fileError('missing_columns', `The header line lacks the columns ${missing.join(', ')}.`, { columns: missing });
  }

  const width = header.record.length;
  const records = rows
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => ({
      // info.lines is the line the row ends on; a quoted cell may span several.
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0),
      cells: Object.fromEntries([...indexes].map(([column, index]) => [column, record[index] ?? ''])),
      hasExtraCells: record.slice(width).some((cell) => cell.trim() !== ''),
    }));
  if (records.length === 0) throw fileError('no_rows', 'The file has a header line but no rows.');
  if (records.length > ROSTER_IMPORT_MAX_ROWS) {
    throw fileError('too_many_rows', `The file has ${records.length} rows; at most ${ROSTER_IMPORT_MAX_ROWS} are imported at once. Split it into smaller files.`);
  }
  return { encoding, hasByteOrderMark, delimiter, columns: [...indexes.keys()], ignoredColumns, records };
}
