import { type CounterpartQuery, CounterpartQuerySchema } from '@repo/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

const KEYS = ['competence', 'function', 'municipality', 'sector'] as const;

/** The question asked, from the URL; undefined when none was, or the link does not make sense to the API. */
function read(params: URLSearchParams): CounterpartQuery | undefined {
  const given = Object.fromEntries(KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : [])));
  if (Object.keys(given).length === 0) return undefined;
  const parsed = CounterpartQuerySchema.safeParse(given);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The finder's question lives in the start page's URL, so the list is still there after a visit
 * to one of the people on it, and can be shared.
 */
export function useCounterpartParams() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => read(params), [params]);
  const ask = useCallback(
    (next: CounterpartQuery) => {
      const search = new URLSearchParams();
      for (const key of KEYS) {
        const value = next[key];
        if (value) search.set(key, value);
      }
      setParams(search);
    },
    [setParams],
  );
  return { query, ask };
}

/** The same question as a link to the full search, where it can be widened. */
export function searchLinkFor(query: CounterpartQuery): string {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value) search.set(key, value);
  }
  return `/search?${search.toString()}`;
}
