import { ResourceListQuerySchema } from '@repo/contracts';
import { useSearchParams } from 'react-router';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { ResourceSearch } from '../api/resources-queries';

const fields = ResourceListQuerySchema.shape;

/** The longest search text the API accepts; the search field stops there. */
export const SEARCH_MAX_LENGTH = fields.q.unwrap().maxLength ?? undefined;

export type ResourceSort = NonNullable<ResourceSearch['sort']>;

/**
 * The library's query as the URL holds it, read with the API's own rules so that a hand-edited or
 * outdated link never turns into a 400. Only what differs from the API's defaults is kept: the
 * order is by relevance when there is search text and newest first when there is none, so only
 * "newest" with search text is a choice worth sending.
 */
export function readResourceSearch(params: URLSearchParams): ResourceSearch {
  const q = params.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined;
  const sort = parsedParam(fields.sort, params.get('sort'));
  return {
    q,
    kind: parsedParam(fields.kind, params.get('kind')),
    competence: parsedParam(fields.competence, params.get('competence')) || undefined,
    municipality: parsedParam(fields.municipality, params.get('municipality')),
    sector: parsedParam(fields.sector, params.get('sector')),
    language: parsedParam(fields.language, params.get('language')),
    // Only "true" narrows; "false" is the same as leaving the filter out.
    mine: params.get('mine') === 'true' ? 'true' : undefined,
    sort: q && sort === 'newest' ? 'newest' : undefined,
    page: parsedParam(fields.page, params.get('page')) ?? 1,
  };
}

/** The order the list is in, whether chosen or the API's default. */
export function effectiveSort(query: ResourceSearch): ResourceSort {
  return query.q ? (query.sort ?? 'relevance') : 'newest';
}

/** The URL value for a chosen order: nothing when it is the default for the search. */
export function sortParam(query: ResourceSearch, sort: ResourceSort): ResourceSort | undefined {
  return query.q && sort === 'newest' ? 'newest' : undefined;
}

/** Whether anything narrows the list, which decides what an empty list says. */
export function isFiltered(query: ResourceSearch): boolean {
  return Boolean(query.q || query.kind || query.competence || query.municipality || query.sector || query.language || query.mine);
}

/**
 * The library's search, filters, order and page live in the URL, so a view can be shared and
 * survives a reload; `search` lets a resource's page link back to it.
 */
export function useResourceSearchParams() {
  const [params] = useSearchParams();
  return { ...useSearchQuery(readResourceSearch), search: params.toString() };
}
