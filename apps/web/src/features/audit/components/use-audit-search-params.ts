import { AuditListQuerySchema } from '@repo/contracts';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { AuditSearch } from '../api/audit-queries';

const fields = AuditListQuerySchema.shape;
export const ACTOR_MAX_LENGTH = fields.actor.unwrap().maxLength ?? undefined;

function read(params: URLSearchParams): AuditSearch {
  return {
    actor: params.get('actor')?.trim().slice(0, ACTOR_MAX_LENGTH) || undefined,
    action: parsedParam(fields.action, params.get('action')),
    from: parsedParam(fields.from, params.get('from')),
    to: parsedParam(fields.to, params.get('to')),
    page: parsedParam(fields.page, params.get('page')) ?? 1,
  };
}

export function useAuditSearchParams() {
  return useSearchQuery(read);
}
