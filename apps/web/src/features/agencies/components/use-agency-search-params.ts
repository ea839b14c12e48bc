import { AgencyListQuerySchema } from '@repo/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { AgencySearch } from '../api/agency-queries';

const fields = AgencyListQuerySchema.shape;

/** The longest search text the API accepts; the search field stops there. */
export const SEARCH_MAX_LENGTH = fields.q.unwrap().maxLength ?? undefined;

/** A value from the URL as the API would read it, or undefined when the API would refuse it. */
function parsed<S extends z.ZodType>(schema: S, value: string | null): z.output<S> | undefined {
  const result = schema.safeParse(value ?? undefined);
  return result.success ? result.data : undefined;
}

/** The list's search, filters and page live in the URL, so a view can be shared and survives reload. */
export function useAgencySearchParams() {
  const [params, setParams] = useSearchParams();

  // Read with the API's own rules, so a hand-edited or outdated link never turns into a 400.
  const query = useMemo<AgencySearch>(
    () => ({
      q: params.get('q')?.trim().slice(0, SEARCH_MAX_LENGTH) || undefined,
      municipality: parsed(fields.municipality, params.get('municipality')),
      sector: parsed(fields.sector, params.get('sector')),
      page: parsed(fields.page, params.get('page')) ?? 1,
    }),
    [params],
  );

  /** Changes some of the values; any change other than the page starts again at page 1. */
  const update = useCallback(
    (changes: Partial<AgencySearch>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '' || (key === 'page' && value === 1)) next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: options?.replace },
      );
    },
    [setParams],
  );

  return { query, update, search: params.toString() };
}
