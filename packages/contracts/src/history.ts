import { z } from 'zod';
import { AuditActionSchema } from './audit';
import { pageOf, pageQueryShape } from './pagination';

/** The kinds of record whose field-level history coordinators and administrators can read. */
export const HISTORY_TARGET_TYPES = ['agency', 'contact', 'function'] as const;
export const HistoryTargetTypeSchema = z.enum(HISTORY_TARGET_TYPES);
export type HistoryTargetType = z.infer<typeof HistoryTargetTypeSchema>;

const LocalizedNameSchema = z.object({ sv: z.string(), en: z.string() });

/**
 * A field's value as it was recorded. References are given by name: the parent organisation's
 * name for parentId, municipality names for municipalityCodes, competence names (Swedish and
 * English) for competenceSlugs, people's names for a function's holder and deputy.
 */
export const HistoryValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), LocalizedNameSchema])),
]);
export type HistoryValue = z.infer<typeof HistoryValueSchema>;

export const HistoryChangeSchema = z.object({
  field: z.string().describe('The input field that changed, e.g. "phone", "municipalityCodes", "holder".'),
  from: HistoryValueSchema.optional().describe('Absent where an older entry recorded only which fields changed.'),
  to: HistoryValueSchema.optional(),
});
export type HistoryChange = z.infer<typeof HistoryChangeSchema>;

export const HistoryEntrySchema = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  action: AuditActionSchema,
  actor: z
    .object({
      name: z.string().nullable().describe('Null once the account no longer exists.'),
      email: z.string().nullable().describe('The address the actor had at the time.'),
    })
    .nullable()
    .describe('Null for changes made by the system itself (a scheduled job).'),
  changes: z.array(HistoryChangeSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistoryQuerySchema = z.strictObject({ ...pageQueryShape });
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

/** Newest first. */
export const HistoryPageSchema = pageOf(HistoryEntrySchema);
export type HistoryPage = z.infer<typeof HistoryPageSchema>;
