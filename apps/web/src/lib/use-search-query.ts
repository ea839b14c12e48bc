import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';

type QueryValue = string | number | undefined;

/** A value from the URL as the API would read it, or undefined when the API would refuse it. */
export function parsedParam<S extends z.ZodType>(schema: S, value: string | null): z.output<S> | undefined {
  const result = schema.safeParse(value ?? undefined);
  return result.success ? result.data : undefined;
}

/**
 * A list's search, filters and page kept in the URL, so a view can be shared and survives a
 * reload. `read` turns the URL into the query (keep it a stable, module-level function).
 */
export function useSearchQuery<Q extends { page?: number }>(read: (params: URLSearchParams) => Q) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => read(params), [read, params]);

  /** Changes some of the values; any change other than the page starts again at page 1. */
  const update = useCallback(
    (changes: { [K in keyof Q]?: QueryValue }, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes) as [string, QueryValue][]) {
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

  return { query, update };
}
