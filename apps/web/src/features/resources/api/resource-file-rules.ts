import { RESOURCE_FILE_MAX_BYTES_DEFAULT, ResourceFileRulesSchema } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { RESOURCES_PATH, resourceKeys } from './resources-queries';

/** The largest file the server takes, as configured there; its default until the answer arrives. */
export function useMaxFileBytes(): number {
  const { data } = useQuery({
    queryKey: resourceKeys.fileRules(),
    queryFn: ({ signal }) => apiGet(`${RESOURCES_PATH}/file-rules`, ResourceFileRulesSchema, { signal }),
    staleTime: Infinity,
  });
  return data?.maxBytes ?? RESOURCE_FILE_MAX_BYTES_DEFAULT;
}
