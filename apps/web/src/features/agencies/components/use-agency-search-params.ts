import { SECTORS, type Sector } from '@repo/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AgencySearch } from '../api/agency-queries';

const isSector = (value: string | null): value is Sector => SECTORS.includes(value as Sector);

/** The list's search, filters and page live in the URL, so a view can be shared and survives reload. */
export function useAgencySearchParams() {
  const [params, setParams] = useSearchParams();

  const query = useMemo<AgencySearch>(() => {
    const page = Number(params.get('page'));
    const municipality = params.get('municipality');
    const sector = params.get('sector');
    return {
      q: params.get('q')?.trim() || undefined,
      municipality: municipality && /^\d{4}$/.test(municipality) ? municipality : undefined,
      sector: isSector(sector) ? sector : undefined,
      page: Number.isInteger(page) && page > 1 ? page : 1,
    };
  }, [params]);

  /** Changes some of the values; any change other than the page starts again at page 1. */
  const update = useCallback(
    (changes: Partial<Pick<AgencySearch, 'q' | 'municipality' | 'sector' | 'page'>>, options?: { replace?: boolean }) => {
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
