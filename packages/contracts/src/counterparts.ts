import { z } from 'zod';
import { FunctionKindSchema } from './function-kinds';
import { MunicipalityCodeSchema } from './municipalities';
import { ReachablePersonSchema, StandInSchema } from './search';
import { SectorSchema } from './sectors';

/** "I need <competence or function> in <municipality>, from <sector>." */
export const CounterpartQuerySchema = z
  .strictObject({
    competence: z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a competence key, e.g. avhopparstod').optional(),
    function: FunctionKindSchema.optional(),
    municipality: MunicipalityCodeSchema,
    sector: SectorSchema.optional(),
  })
  .refine((query) => Boolean(query.competence) !== Boolean(query.function), {
    path: ['competence'],
    message: 'Give either a competence or a function, not both.',
  });
export type CounterpartQuery = z.infer<typeof CounterpartQuerySchema>;

/**
 * Why someone is on the list, in the order the list is ranked: the holders of a matching seat,
 * then people with the competence who cover the municipality, then regional contacts.
 */
export const COUNTERPART_REASONS = ['designated', 'competence', 'regional'] as const;
export const CounterpartReasonSchema = z.enum(COUNTERPART_REASONS);
export type CounterpartReason = z.infer<typeof CounterpartReasonSchema>;

export const CounterpartSchema = ReachablePersonSchema.extend({
  reason: CounterpartReasonSchema,
  jobTitle: z.string().nullable(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  isStale: z.boolean(),
  seat: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('The matching seat the person holds, if any.'),
  standIn: StandInSchema.nullable().describe('While the person is away: the deputy of their seat, to be shown first.'),
});
export type Counterpart = z.infer<typeof CounterpartSchema>;

export const CounterpartListSchema = z.object({ items: z.array(CounterpartSchema) });
export type CounterpartList = z.infer<typeof CounterpartListSchema>;

/** The finder's short list. */
export const COUNTERPART_LIMIT = 12;
