import { ContactVerificationSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';

export const contactVerificationKeys = {
  all: ['contact-verification'] as const,
  detail: (token: string) => [...contactVerificationKeys.all, token] as const,
};

export const contactVerificationQueries = {
  /** A POST, so the token travels in the body and never in a URL or a log line. */
  detail: (token: string) =>
    queryOptions({
      queryKey: contactVerificationKeys.detail(token),
      queryFn: ({ signal }) => apiPost('/api/contact-verifications/preview', ContactVerificationSchema, { token }, { signal }),
      staleTime: Infinity,
      retry: false,
    }),
};
