import type { ContactListQuery, FunctionListQuery } from '@repo/contracts';

/**
 * The query keys of the roster's contacts and functions. The contact page, the function page and
 * the agency page each read them, and a change made on one (a handover, an absence) shows on the
 * others, so the keys live here rather than in one of those features.
 */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (query: Partial<ContactListQuery>) => [...contactKeys.lists(), query] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
  mine: () => [...contactKeys.all, 'mine'] as const,
};

export const functionKeys = {
  all: ['functions'] as const,
  lists: () => [...functionKeys.all, 'list'] as const,
  list: (query: FunctionListQuery) => [...functionKeys.lists(), query] as const,
  details: () => [...functionKeys.all, 'detail'] as const,
  detail: (id: string) => [...functionKeys.details(), id] as const,
};
