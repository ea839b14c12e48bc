import { z } from 'zod';
import { MunicipalityCodeSchema } from './municipalities';
import { SectorSchema } from './sectors';

/**
 * The columns of the roster file, in the order the export writes them. The same file goes out
 * (GET /api/roster/export) and comes back in (POST /api/roster/import).
 */
export const ROSTER_COLUMNS = [
  'email',
  'name',
  'title',
  'organisation',
  'phone',
  'competences',
  'languages',
  'municipalities',
  'askMeAbout',
  'awayUntil',
  'lastVerified',
] as const;
export const RosterColumnSchema = z.enum(ROSTER_COLUMNS);
export type RosterColumn = z.infer<typeof RosterColumnSchema>;

/**
 * The header the export writes (Swedish, for Swedish Excel) and the other headers the import
 * accepts for the column. Headers are compared without case, spaces, hyphens and underscores,
 * so "E-post", "e post" and "EPOST" are the same header.
 */
export const ROSTER_COLUMN_HEADERS: Readonly<Record<RosterColumn, { header: string; aliases: readonly string[] }>> = {
  email: { header: 'E-post', aliases: ['E-postadress', 'Email', 'E-mail', 'Email address', 'Mail'] },
  name: { header: 'Namn', aliases: ['Name', 'Full name'] },
  title: { header: 'Titel', aliases: ['Title', 'Befattning', 'Job title'] },
  organisation: { header: 'Organisation', aliases: ['Organization', 'Agency', 'Myndighet'] },
  phone: { header: 'Telefon', aliases: ['Phone', 'Telephone', 'Telefonnummer'] },
  competences: { header: 'Kompetenser', aliases: ['Kompetens', 'Competences', 'Competence', 'Competencies'] },
  languages: { header: 'Språk', aliases: ['Languages', 'Language'] },
  municipalities: { header: 'Kommuner', aliases: ['Kommun', 'Kommunkoder', 'Municipalities', 'Municipality', 'Municipality codes'] },
  askMeAbout: { header: 'Fråga mig om', aliases: ['Ask me about'] },
  awayUntil: { header: 'Borta till', aliases: ['Frånvarande till', 'Away until'] },
  lastVerified: { header: 'Senast verifierad', aliases: ['Senast bekräftad', 'Last verified'] },
};

/** Without these columns a file cannot be imported at all. */
export const ROSTER_REQUIRED_COLUMNS: readonly RosterColumn[] = ['email', 'name', 'organisation'];

/** Written by the export for information; the import reads past it (verification is the portal's own record). */
export const ROSTER_READ_ONLY_COLUMNS: readonly RosterColumn[] = ['lastVerified'];

/** The largest file the import takes, and the most data rows in it. */
export const ROSTER_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const ROSTER_IMPORT_MAX_ROWS = 5000;

export const RosterExportQuerySchema = z.strictObject({
  municipality: MunicipalityCodeSchema.optional().describe(
    'Contacts who cover this municipality: named for it, or without municipalities of their own at an agency that covers it.',
  ),
  sector: SectorSchema.optional().describe('Contacts at agencies of this sector.'),
  competence: z.string().max(100).optional().describe('Contacts with this competence (slug).'),
  agencyId: z.uuid().optional().describe('Contacts of this agency.'),
});
export type RosterExportQuery = z.infer<typeof RosterExportQuerySchema>;

const DryRunSchema = z
  .enum(['true', 'false'])
  .describe('true (the default): only report what the file would do. false: apply it, all rows or none.');

export const RosterImportQuerySchema = z.strictObject({ dryRun: DryRunSchema.optional() });
export type RosterImportQuery = z.infer<typeof RosterImportQuerySchema>;

/** The multipart fields besides the file. */
export const RosterImportFieldsSchema = z.strictObject({ dryRun: DryRunSchema.optional() });

/**
 * Why a file as a whole is refused (400, or 413 for too_large), as the issue code on the "file"
 * field. The answer's details also carry `columns` (missing_columns, duplicate_columns) or `line`
 * (malformed) where they apply.
 */
export const ROSTER_FILE_ERROR_CODES = [
  'required',
  'too_large',
  'empty',
  'malformed',
  'missing_columns',
  'duplicate_columns',
  'no_rows',
  'too_many_rows',
  'has_row_errors',
] as const;
export const RosterFileErrorCodeSchema = z.enum(ROSTER_FILE_ERROR_CODES);
export type RosterFileErrorCode = z.infer<typeof RosterFileErrorCodeSchema>;

export const ROSTER_IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export const RosterImportActionSchema = z.enum(ROSTER_IMPORT_ACTIONS);
export type RosterImportAction = z.infer<typeof RosterImportActionSchema>;

/** What can be wrong with a row; the web shows its own text per code. */
export const ROSTER_ROW_ISSUE_CODES = [
  'required',
  'invalid_email',
  'too_long',
  'too_many',
  'duplicate_in_file',
  'ambiguous_contact',
  'unknown_organisation',
  'ambiguous_organisation',
  'organisation_change',
  'forbidden',
  'unknown_competence',
  'unknown_municipality',
  'invalid_language',
  'invalid_date',
  'extra_cells',
] as const;
export const RosterRowIssueCodeSchema = z.enum(ROSTER_ROW_ISSUE_CODES);
export type RosterRowIssueCode = z.infer<typeof RosterRowIssueCodeSchema>;

export const RosterRowIssueSchema = z.object({
  field: RosterColumnSchema.nullable().describe('The column the problem is in; null for the row as a whole.'),
  code: RosterRowIssueCodeSchema,
  message: z.string().describe('A short English description; the UI shows its own text per code.'),
  values: z.array(z.string()).optional().describe('The values that were not recognised (unknown competences, municipalities, languages).'),
  line: z.number().int().optional().describe('For duplicate_in_file: the line where the address first appears.'),
  max: z.number().int().optional().describe('For too_long and too_many: the limit.'),
});
export type RosterRowIssue = z.infer<typeof RosterRowIssueSchema>;

export const RosterImportRowSchema = z.object({
  line: z.number().int().min(2).describe('The line in the file where the row starts; the header is line 1.'),
  action: RosterImportActionSchema,
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  contactId: z.uuid().nullable().describe('The existing contact the row updates (or leaves unchanged); null for a new one. After an applied import, also the id of a created contact.'),
  changes: z.array(RosterColumnSchema).describe('For update: the columns whose values differ from the roster.'),
  errors: z.array(RosterRowIssueSchema),
});
export type RosterImportRow = z.infer<typeof RosterImportRowSchema>;

export const RosterImportTotalsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});
export type RosterImportTotals = z.infer<typeof RosterImportTotalsSchema>;

export const RosterImportReportSchema = z.object({
  dryRun: z.boolean(),
  applied: z.boolean().describe('true once the rows were written (dryRun=false and no row had an error).'),
  encoding: z.enum(['utf-8', 'windows-1252']).describe('How the file was read.'),
  hasByteOrderMark: z.boolean(),
  delimiter: z.enum([';', ',', '\t']).describe('The field separator found in the header line.'),
  ignoredColumns: z.array(z.string()).describe('Headers of the file that are not roster columns; their cells are not read.'),
  totals: RosterImportTotalsSchema,
  rows: z.array(RosterImportRowSchema).describe('Every data row of the file, in file order. Blank lines are left out.'),
});
export type RosterImportReport = z.infer<typeof RosterImportReportSchema>;
