import { UserListQuerySchema } from '@repo/contracts';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { UserSearch } from '../api/user-queries';

const fields = UserListQuerySchema.shape;
export const USER_SEARCH_MAX_LENGTH = fields.q.unwrap().maxLength ?? undefined;

function read(params: URLSearchParams): UserSearch {
  return {
    q: params.get('q')?.trim().slice(0, USER_SEARCH_MAX_LENGTH) || undefined,
    role: parsedParam(fields.role, params.get('role')),
    status: parsedParam(fields.status, params.get('status')),
    agencyId: parsedParam(fields.agencyId, params.get('agencyId')),
    page: parsedParam(fields.page, params.get('page')) ?? 1,
  };
}

export function useUserSearchParams() {
  return useSearchQuery(read);
}
