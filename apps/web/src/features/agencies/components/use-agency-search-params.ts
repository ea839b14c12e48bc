import { AgencyListQuerySchema } from '@repo/contracts';
import { useSearchParams } from 'react-router';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { AgencySearch } from '../api/agency-queries';

const fields = AgencyListQuerySchema.shape;

/** The longest search text the API accepts; the search field stops there. */
export const SEARCH_MAX_LENGTH = fields.q.unwrap().maxLength ?? undefined;

// Read with the API's own rules, so a hand-edited or outdated link never turns into a 400.
function read(params: URLSearchParams): AgencySearch {
  return {
    q: params.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
    municipality: parsedParam(fields.municipality, params.get('municipality')),
    sector: parsedParam(fields.sector, params.get('sector')),
    page: parsedParam(fields.page, params.get('page')) ?? 1,
  };
}

/** The list's search, filters and page live in the URL; `search` lets an agency page link back to it. */
export function useAgencySearchParams() {
  const [params] = useSearchParams();
  return { ...useSearchQuery(read), search: params.toString() };
}
