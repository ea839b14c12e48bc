import { type ResourceListQuery, ResourcePageSchema, ResourceSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const RESOURCES_PATH = '/api/resources';
export const resourcePath = (id: string) => `${RESOURCES_PATH}/${encodeURIComponent(id)}`;

/** What the library asks for; the API fills in the rest (page size, default sort). */
export type ResourceSearch = Partial<Omit<ResourceListQuery, 'pageSize' | 'status'>>;

/** Every resources query key starts with 'resources', so a save or an upload can refresh the lists at once. */
export const resourceKeys = {
  all: ['resources'] as const,
  lists: () => [...resourceKeys.all, 'list'] as const,
  list: (query: ResourceSearch) => [...resourceKeys.lists(), query] as const,
  details: () => [...resourceKeys.all, 'detail'] as const,
  detail: (id: string) => [...resourceKeys.details(), id] as const,
  fileRules: () => [...resourceKeys.all, 'file-rules'] as const,
};

export const resourceQueries = {
  list: (query: ResourceSearch) =>
    queryOptions({
      queryKey: resourceKeys.list(query),
      queryFn: ({ signal }) => apiGet(RESOURCES_PATH, ResourcePageSchema, { query: { ...query }, signal }),
      // Keep showing the previous results while the next page or filter loads.
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: resourceKeys.detail(id),
      queryFn: ({ signal }) => apiGet(resourcePath(id), ResourceSchema, { signal }),
    }),
};

export function useResources(query: ResourceSearch) {
  return useQuery(resourceQueries.list(query));
}

export function useResource(id: string) {
  return useQuery(resourceQueries.detail(id));
}

/** Downloads go straight to the API, which answers with the file as an attachment. */
export const resourceFileUrl = (resourceId: string, fileId: string) => `${resourcePath(resourceId)}/files/${encodeURIComponent(fileId)}`;
export const resourceFileVersionUrl = (resourceId: string, fileId: string, number: number) =>
  `${resourceFileUrl(resourceId, fileId)}/versions/${number}`;
