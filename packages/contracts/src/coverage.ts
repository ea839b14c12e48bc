import { z } from 'zod';
import { MunicipalityCodeSchema } from './municipalities';
import { SectorSchema } from './sectors';

/** verified: a named contact confirmed within twelve months; stale: only older ones; vacant: nobody. */
export const CoverageStatusSchema = z.enum(['verified', 'stale', 'vacant']);
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;

export const CoverageQuerySchema = z.strictObject({
  competence: z.string().max(100).optional().describe('Only contacts with this competence (slug): "where is there no one for anhörigstöd?"'),
});
export type CoverageQuery = z.infer<typeof CoverageQuerySchema>;

export const CoverageCellSchema = z.object({
  municipality: MunicipalityCodeSchema,
  sector: SectorSchema,
  status: CoverageStatusSchema,
  contacts: z.array(z.object({ id: z.uuid(), name: z.string(), agencyName: z.string(), isStale: z.boolean() })),
});
export type CoverageCell = z.infer<typeof CoverageCellSchema>;

/** The region's municipalities × sectors: one cell each, with the people behind it. */
export const CoverageSchema = z.object({
  municipalities: z.array(z.object({ code: MunicipalityCodeSchema, name: z.string() })),
  sectors: z.array(SectorSchema),
  cells: z.array(CoverageCellSchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;
