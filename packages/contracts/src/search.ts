import { z } from 'zod';
import { FunctionKindSchema } from './function-kinds';
import { MunicipalityCodeSchema } from './municipalities';
import { pageOf, pageQueryShape } from './pagination';
import { ResourceSearchItemSchema } from './resources';
import { SectorSchema } from './sectors';

/** What one search looks through: people, organisations and seats. */
export const SEARCH_TYPES = ['contact', 'agency', 'function'] as const;
export const SearchTypeSchema = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchTypeSchema>;

const CompetenceSlugSchema = z.string().regex(/^[a-z0-9-]{1,60}$/, 'must be a competence key, e.g. avhopparstod');
const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639-1 language code, e.g. sv');

export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Free text: names, places, functions, competences, words from descriptions.'),
  municipality: MunicipalityCodeSchema.optional(),
  sector: SectorSchema.optional(),
  competence: CompetenceSlugSchema.optional(),
  function: FunctionKindSchema.optional().describe('Entries holding (or being) a function of this kind.'),
  language: LanguageCodeSchema.optional(),
  type: SearchTypeSchema.optional(),
  ...pageQueryShape,
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

const RefSchema = z.object({ id: z.uuid(), name: z.string() });

/** A person who can be reached: shown for a contact, a seat's holder and deputy, a stand-in. */
export const ReachablePersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isAway: z.boolean(),
  awayUntil: z.iso.date().nullable(),
});
export type ReachablePerson = z.infer<typeof ReachablePersonSchema>;

/** While someone is away, who answers for them: the deputy of a seat they hold. */
export const StandInSchema = ReachablePersonSchema.extend({ functionId: z.uuid(), functionName: z.string() });
export type StandIn = z.infer<typeof StandInSchema>;

const SearchItemBase = {
  id: z.uuid(),
  title: z.string().describe('Display title: the person’s, organisation’s or seat’s name.'),
  agency: RefSchema,
  sector: SectorSchema,
  municipalityCodes: z.array(MunicipalityCodeSchema),
};

export const ContactSearchItemSchema = z.object({
  type: z.literal('contact'),
  ...SearchItemBase,
  jobTitle: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isAway: z.boolean(),
  awayUntil: z.iso.date().nullable(),
  isStale: z.boolean(),
  standIn: StandInSchema.nullable(),
});

export const AgencySearchItemSchema = z.object({
  type: z.literal('agency'),
  ...SearchItemBase,
  city: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const FunctionSearchItemSchema = z.object({
  type: z.literal('function'),
  ...SearchItemBase,
  kind: FunctionKindSchema,
  mailbox: z.string().nullable(),
  phone: z.string().nullable(),
  holder: ReachablePersonSchema.nullable(),
  deputy: ReachablePersonSchema.nullable(),
  isVacant: z.boolean(),
});

export const SearchItemSchema = z.discriminatedUnion('type', [ContactSearchItemSchema, AgencySearchItemSchema, FunctionSearchItemSchema]);
export type SearchItem = z.infer<typeof SearchItemSchema>;
export type ContactSearchItem = z.infer<typeof ContactSearchItemSchema>;
export type AgencySearchItem = z.infer<typeof AgencySearchItemSchema>;
export type FunctionSearchItem = z.infer<typeof FunctionSearchItemSchema>;

export const FacetCountSchema = z.object({ value: z.string(), count: z.number().int().min(0) });
export type FacetCount = z.infer<typeof FacetCountSchema>;

export const SEARCH_FACETS = ['type', 'municipality', 'sector', 'competence', 'function', 'language'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SearchResultSchema = pageOf(SearchItemSchema).extend({
  facets: z
    .object(Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, z.array(FacetCountSchema)])) as Record<SearchFacet, z.ZodArray<typeof FacetCountSchema>>)
    .describe('Counts over all matches, most common first. The type counts ignore the type filter, so every tab shows its number.'),
  places: z.array(MunicipalityCodeSchema).describe('Municipalities recognised in the free text (typos allowed) and searched as places.'),
  resources: z
    .object({ items: z.array(ResourceSearchItemSchema), total: z.number().int().min(0) })
    .describe('Published resources the caller may see matching the free text and the municipality, sector, competence and language filters, best first (at most 5). Empty without free text.'),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
