import { VerificationQueueQuerySchema } from '@repo/contracts';
import { parsedParam, useSearchQuery } from '../../../lib/use-search-query';
import type { VerificationQueueSearch } from '../api/verification-queue-queries';

function read(params: URLSearchParams): VerificationQueueSearch {
  return { page: parsedParam(VerificationQueueQuerySchema.shape.page, params.get('page')) ?? 1 };
}

/** The queue's page, kept in the URL. */
export function useVerificationQueueParams() {
  return useSearchQuery(read);
}
