import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDelete } from '../../../lib/api-client';
import { refreshResourceLists } from './resource-mutations';
import { resourceKeys, resourcePath } from './resources-queries';

/**
 * Deletes the resource with all its files. The lists are read again; the resource's own entry is
 * only marked stale, since the page still showing it would otherwise fetch it (404) before it has
 * moved on to the library, which then drops it (`forgetDeletedResource`).
 */
export function useDeleteResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(resourcePath(id), z.undefined()),
    onSuccess: () => {
      refreshResourceLists(queryClient);
      void queryClient.invalidateQueries({ queryKey: resourceKeys.detail(id), refetchType: 'none' });
    },
  });
}

/** Drops a deleted resource's cached entry once no page shows it any more, so nothing can show it from the cache. */
export function forgetDeletedResource(queryClient: QueryClient, id: string) {
  queryClient.removeQueries({ queryKey: resourceKeys.detail(id), exact: true });
}
