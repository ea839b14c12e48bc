import { AuditEventPageSchema, type AuditListQuery } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export type AuditSearch = Partial<Pick<AuditListQuery, 'actor' | 'action' | 'from' | 'to' | 'page'>>;

export const auditKeys = {
  all: ['audit-events'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditSearch) => [...auditKeys.lists(), query] as const,
};

export const auditQueries = {
  list: (query: AuditSearch) =>
    queryOptions({
      queryKey: auditKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/audit-events', AuditEventPageSchema, { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
};
