import { SearchQuerySchema } from '@repo/contracts';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { SearchParams } from '../api/search-queries';

const fields = SearchQuerySchema.shape;

/** The longest search text the API accepts; the search field stops there. */
export const SEARCH_MAX_LENGTH = fields.q.unwrap().maxLength ?? undefined;

/** The filters a user picks one value of; the text and the type are set elsewhere on the page. */
export const FACET_FILTERS = ['municipality', 'sector', 'competence', 'function', 'language'] as const;
export type FacetFilter = (typeof FACET_FILTERS)[number];

// Read with the API's own rules, so a hand-edited or outdated link never turns into a 400.
function read(params: URLSearchParams): SearchParams {
  return {
    q: params.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    municipality: parsedParam(fields.municipality, params.get('municipality')),
    sector: parsedParam(fields.sector, params.get('sector')),
    competence: parsedParam(fields.competence, params.get('competence')),
    function: parsedParam(fields.function, params.get('function')),
    language: parsedParam(fields.language, params.get('language')),
    type: parsedParam(fields.type, params.get('type')),
    page: parsedParam(fields.page, params.get('page')) ?? 1,
  };
}

/** The search text, type, filters and page live in the URL, so a search can be shared and survives a reload. */
export function useSearchParamsQuery() {
  return useSearchQuery(read);
}
