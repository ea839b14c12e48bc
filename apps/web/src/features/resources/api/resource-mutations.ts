import { type CreateResourceInput, type Resource, ResourceSchema, type UpdateResourceInput } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDelete, apiPatch, apiPost } from '../../../lib/api-client';
import { searchKeys } from '../../search/api/search-queries';
import { RESOURCES_PATH, resourceKeys, resourcePath, resourceQueries } from './resources-queries';

/** The lists that show resources: the library's, and the directory search's resources group. */
export function refreshResourceLists(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: resourceKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: searchKeys.all });
}

/** The saved resource replaces the cached one; the lists that show it are fetched again. */
export function cacheSavedResource(queryClient: QueryClient, resource: Resource) {
  queryClient.setQueryData(resourceKeys.detail(resource.id), resource);
  refreshResourceLists(queryClient);
}

export function useCreateResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateResourceInput) => apiPost(RESOURCES_PATH, ResourceSchema, input),
    onSuccess: (resource) => cacheSavedResource(queryClient, resource),
  });
}

/** Sends only the changed fields, with the version they were edited on (412 when someone saved first). */
export function useUpdateResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateResourceInput) => apiPatch(resourcePath(id), ResourceSchema, input),
    onSuccess: (resource) => cacheSavedResource(queryClient, resource),
  });
}

/** Publishes a resource just shared, once its files are uploaded: a new resource is saved as a draft first. */
export function usePublishResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => apiPatch(resourcePath(id), ResourceSchema, { version, status: 'PUBLISHED' }),
    onSuccess: (resource) => cacheSavedResource(queryClient, resource),
  });
}

/** Removes a file with all its versions (204), then reads the resource again. */
export function useDeleteResourceFile(resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (fileId: string) => {
      await apiDelete(`${resourcePath(resourceId)}/files/${encodeURIComponent(fileId)}`, z.undefined());
      return queryClient.fetchQuery({ ...resourceQueries.detail(resourceId), staleTime: 0 });
    },
    onSuccess: (resource) => cacheSavedResource(queryClient, resource),
  });
}

