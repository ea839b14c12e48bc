import type { CalendarDate } from '@internationalized/date';
import { EventListQuerySchema } from '@repo/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseDay } from '../../../lib/calendar-days';
import { parsedParam } from '../../../lib/use-search-query';
import type { EventListSearch } from '../api/event-list-queries';
import { CALENDAR_VIEWS, type CalendarView } from './calendar-layout';

export type CalendarFilters = Pick<EventListSearch, 'kind' | 'municipality' | 'sector' | 'competence' | 'mine' | 'myAgency'>;

export interface CalendarParams {
  view: CalendarView;
  /** The chosen day; undefined means today. */
  date: CalendarDate | undefined;
  filters: CalendarFilters;
}

const fields = EventListQuerySchema.shape;
const FILTER_KEYS = ['kind', 'municipality', 'sector', 'competence', 'mine', 'myAgency'] as const;

// Read with the API's own rules, so a hand-edited or outdated link never turns into a 400.
function read(params: URLSearchParams): CalendarParams {
  const view = params.get('view');
  return {
    view: CALENDAR_VIEWS.find((known) => known === view) ?? 'month',
    date: parseDay(params.get('date')),
    filters: {
      kind: parsedParam(fields.kind, params.get('kind')),
      municipality: parsedParam(fields.municipality, params.get('municipality')),
      sector: parsedParam(fields.sector, params.get('sector')),
      competence: parsedParam(fields.competence, params.get('competence')) || undefined,
      // Only "true" narrows; "false" is the same as leaving the filter out.
      mine: params.get('mine') === 'true' ? 'true' : undefined,
      myAgency: params.get('myAgency') === 'true' ? 'true' : undefined,
    },
  };
}

/** The search part of a link to the calendar with some of its settings changed. */
export function calendarSearch(current: URLSearchParams, changes: { view?: CalendarView; date?: CalendarDate | null }): string {
  const next = new URLSearchParams(current);
  if (changes.view !== undefined) {
    if (changes.view === 'month') next.delete('view');
    else next.set('view', changes.view);
  }
  if (changes.date === null) next.delete('date');
  else if (changes.date !== undefined) next.set('date', changes.date.toString());
  const search = next.toString();
  return search ? `?${search}` : '';
}

/**
 * The calendar's view, day and filters live in the URL, so a view can be shared, survives a
 * reload, and the back button steps back through the months and filters seen.
 */
export function useCalendarParams() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => read(params), [params]);
  const linkTo = useCallback((changes: { view?: CalendarView; date?: CalendarDate | null }) => calendarSearch(params, changes), [params]);
  const setFilters = useCallback(
    (changes: Partial<CalendarFilters>) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const key of FILTER_KEYS) {
          if (!(key in changes)) continue;
          const value = changes[key];
          if (value === undefined || value === '' || value === 'false') next.delete(key);
          else next.set(key, value);
        }
        return next;
      });
    },
    [setParams],
  );
  return { ...state, linkTo, setFilters };
}
