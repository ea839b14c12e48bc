import { AgencyFunctionSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { functionKeys } from '../../../lib/roster-keys';

export const functionQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: functionKeys.detail(id),
      queryFn: ({ signal }) => apiGet(`/api/functions/${encodeURIComponent(id)}`, AgencyFunctionSchema, { signal }),
    }),
};
