import { z } from 'zod';
import { KEY_FUNCTION_KINDS } from './function-kinds';
import { MunicipalityCodeSchema } from './municipalities';
import { SectorSchema } from './sectors';

/** verified: a named contact confirmed within twelve months; stale: only older ones; vacant: nobody. */
export const CoverageStatusSchema = z.enum(['verified', 'stale', 'vacant']);
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

export const CoverageQuerySchema = z.strictObject({
  competence: z
    .string()
    .max(100)
    .optional()
    .describe('Only contacts with this competence (slug): "where is there no one for anhörigstöd?". Applies to the sector cells only; the key-function cells always show the seats.'),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CoverageCellSchema = z.object({
  municipality: MunicipalityCodeSchema,
  sector: SectorSchema,
  status: CoverageStatusSchema,
  contacts: z.array(z.object({ id: z.uuid(), name: z.string(), agencyName: z.string(), isStale: z.boolean() })),
});
export type CoverageCell = z.infer<typeof CoverageCellSchema>;

/** The seats every municipality should have filled (the key-function columns). */
export const KeyFunctionKindSchema = z.enum(KEY_FUNCTION_KINDS);
export type KeyFunctionKind = z.infer<typeof KeyFunctionKindSchema>;

const CoveragePersonSchema = z.object({ id: z.uuid(), name: z.string(), isStale: z.boolean() });

export const KeyFunctionCellSchema = z.object({
  municipality: MunicipalityCodeSchema,
  kind: KeyFunctionKindSchema,
  status: CoverageStatusSchema.describe(
    'verified: a seat of this kind for the municipality has a verified holder; stale: only holders not verified for twelve months; vacant: no such seat, or none with a holder.',
  ),
  functions: z
    .array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        agencyName: z.string(),
        holder: CoveragePersonSchema.extend({ isAway: z.boolean() }).nullable().describe('null: the seat is vacant.'),
        deputy: CoveragePersonSchema.nullable().describe('Given while the holder is away: the deputy stands in.'),
      }),
    )
    .describe('The seats behind the cell: those with a holder, or, when none has one, the vacant ones.'),
});
export type KeyFunctionCell = z.infer<typeof KeyFunctionCellSchema>;

/** The region's municipalities × sectors and key functions: one cell each, with the people behind it. */
export const CoverageSchema = z.object({
  municipalities: z.array(z.object({ code: MunicipalityCodeSchema, name: z.string() })),
  sectors: z.array(SectorSchema),
  cells: z.array(CoverageCellSchema),
  keyFunctions: z.array(KeyFunctionKindSchema),
  keyFunctionCells: z.array(KeyFunctionCellSchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;
