import { type HistoryTargetType, HistoryPageSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

const PAGE_SIZE = 10;

const COLLECTION: Record<HistoryTargetType, string> = { agency: 'agencies', contact: 'contacts', function: 'functions' };

export const historyKeys = {
  all: ['history'] as const,
  /** Everything read of one record's history; invalidate it after saving the record. */
  record: (type: HistoryTargetType, id: string) => [...historyKeys.all, type, id] as const,
  page: (type: HistoryTargetType, id: string, page: number) => [...historyKeys.record(type, id), { page }] as const,
};

export const historyQueries = {
  page: (type: HistoryTargetType, id: string, page: number) =>
    queryOptions({
      queryKey: historyKeys.page(type, id, page),
      queryFn: ({ signal }) =>
        apiGet(`/api/${COLLECTION[type]}/${encodeURIComponent(id)}/history`, HistoryPageSchema, { query: { page, pageSize: PAGE_SIZE }, signal }),
      placeholderData: keepPreviousData,
    }),
};
