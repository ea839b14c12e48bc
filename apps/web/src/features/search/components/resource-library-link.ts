import type { SearchParams } from '../api/search-queries';

/** The filters the search's resource group honours, which the knowledge bank reads by the same names. */
const CARRIED = ['q', 'municipality', 'sector', 'competence', 'language'] as const;

/** The knowledge bank showing all the resources the search found, so its count matches the group's. */
export function resourceLibraryPath(query: SearchParams): string {
  const params = new URLSearchParams();
  for (const key of CARRIED) {
    const value = query[key]?.trim();
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `/resources?${search}` : '/resources';
}
