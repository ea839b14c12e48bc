import { type CalendarDate, parseDate } from '@internationalized/date';
import { type Competence, EVENT_PAGE_SIZE_MAX, type Municipality } from '@repo/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { isoWeekOfDay, todayInSweden } from '../../../lib/calendar-days';
import { formatDay, formatDayRange } from '../../../lib/dates';
import { currentLanguage, type Language } from '../../../lib/i18n';
import { type EventListSearch, eventListQueries } from '../api/event-list-queries';
import { CalendarAgenda } from './calendar-agenda';
import { CalendarFilters } from './calendar-filters';
import { CALENDAR_VIEWS, type CalendarView, rangeInstants, stepDate, visibleRange } from './calendar-layout';
import { CalendarMonth } from './calendar-month';
import { CalendarWeek } from './calendar-week';
import { useCalendarParams } from './use-calendar-params';
import './events-calendar.css';

const AGENDA_PAGE_SIZE = 25;

interface EventCalendarProps {
  municipalities: readonly Municipality[];
  competences: readonly Competence[];
}

function periodLabel(view: CalendarView, date: CalendarDate, language: Language, t: TFunction): string {
  switch (view) {
    case 'month':
      return formatDay(date, language, { month: 'long', year: 'numeric' });
    case 'week': {
      const { first, last } = visibleRange('week', date);
      return t('eventsCalendar.weekHeading', { week: isoWeekOfDay(first), range: formatDayRange(first, last, language) });
    }
    case 'agenda':
      return t('eventsCalendar.agendaHeading', { date: formatDay(date, language, { day: 'numeric', month: 'long', year: 'numeric' }) });
  }
}

/** The events calendar: month, week or list, a period at a time, with filters; all of it in the URL. */
export function EventCalendar({ municipalities, competences }: EventCalendarProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  const { view, date, filters, linkTo, setFilters } = useCalendarParams();
  const todayKey = todayInSweden().toString();
  const dayKey = (date ?? todayInSweden()).toString();
  // Kept by value, so the views lay out their days again only when the day changes.
  const today = useMemo(() => parseDate(todayKey), [todayKey]);
  const day = useMemo(() => parseDate(dayKey), [dayKey]);
  const range = view === 'agenda' ? { first: day, last: undefined } : visibleRange(view, day);

  const query: EventListSearch = {
    ...rangeInstants(range.first, range.last),
    ...filters,
    pageSize: view === 'agenda' ? AGENDA_PAGE_SIZE : EVENT_PAGE_SIZE_MAX,
  };
  const period = useQuery({ ...eventListQueries.list(query), enabled: view !== 'agenda' });
  const agenda = useInfiniteQuery({ ...eventListQueries.pages(query), enabled: view === 'agenda' });

  const label = periodLabel(view, day, language, t);
  const total = view === 'agenda' ? agenda.data?.pages[0]?.total : period.data?.total;
  const error = view === 'agenda' ? agenda.error : period.error;
  const isLoading = view === 'agenda' ? agenda.isPending : period.isPending;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <CalendarFilters filters={filters} municipalities={municipalities} competences={competences} onChange={setFilters} />
      <div className="calendar-toolbar">
        <nav aria-label={t('eventsCalendar.views.label')} className="calendar-toolbar__views">
          <ul>
            {CALENDAR_VIEWS.map((option) => (
              <li key={option}>
                <Link to={{ search: linkTo({ view: option }) }} aria-current={option === view ? 'true' : undefined} className="calendar-toolbar__view">
                  {t(`eventsCalendar.views.${option}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('eventsCalendar.periodNavigation')} className="calendar-toolbar__periods">
          <ul>
            <li>
              <Link to={{ search: linkTo({ date: stepDate(view, day, -1) }) }} className="button button--secondary button--small">
                <span aria-hidden="true">‹ </span>
                {t(`eventsCalendar.previous.${view}`)}
              </Link>
            </li>
            <li>
              <Link to={{ search: linkTo({ date: null }) }} className="button button--secondary button--small">
                {t('eventsCalendar.today')}
              </Link>
            </li>
            <li>
              <Link to={{ search: linkTo({ date: stepDate(view, day, 1) }) }} className="button button--secondary button--small">
                {t(`eventsCalendar.next.${view}`)}
                <span aria-hidden="true"> ›</span>
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <section aria-labelledby={headingId} aria-busy={isLoading} className="calendar-period">
        <h2 id={headingId}>{label}</h2>
        {/* Said by screen readers when the period, view or filters change, as focus stays on the control used. */}
        <p role="status" className="calendar-period__status">
          {isLoading ? (
            t('eventsCalendar.loading')
          ) : total !== undefined ? (
            <>
              <span className="visually-hidden">{label}: </span>
              {total === 0
                ? `${t(`eventsCalendar.noEvents.${view}`)}${hasFilters ? ` ${t('eventsCalendar.noEventsFiltered')}` : ''}`
                : t('eventsCalendar.count', { count: total })}
            </>
          ) : null}
        </p>
        {error ? <ErrorMessage error={error} /> : null}
        {view !== 'agenda' && period.data && period.data.total > period.data.items.length ? (
          <p className="notice notice--warning">{t('eventsCalendar.truncated', { shown: period.data.items.length, total: period.data.total })}</p>
        ) : null}
        {view === 'month' ? <CalendarMonth date={day} today={today} events={period.data?.items ?? []} labelledBy={headingId} /> : null}
        {view === 'week' ? <CalendarWeek date={day} today={today} events={period.data?.items ?? []} /> : null}
        {view === 'agenda' && agenda.data ? (
          <CalendarAgenda
            pages={agenda.data.pages}
            first={range.first}
            today={today}
            hasMore={agenda.hasNextPage}
            isLoadingMore={agenda.isFetchingNextPage}
            onLoadMore={() => void agenda.fetchNextPage()}
          />
        ) : null}
      </section>
    </>
  );
}
