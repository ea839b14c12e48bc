import type { CalendarDate } from '@internationalized/date';
import type { EventPage, EventSummary } from '@repo/contracts';
import { useEffect, useMemo, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { dayKey, dayOfInstant, isoWeekOfDay } from '../../../lib/calendar-days';
import { formatLongDay } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { CalendarEventItem } from './calendar-event-item';
import { eventDays, eventsByDay } from './calendar-layout';

interface CalendarAgendaProps {
  pages: readonly EventPage[];
  first: CalendarDate;
  today: CalendarDate;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}

/** The events from a day on, as a list under a heading per day, a page at a time. */
export function CalendarAgenda({ pages, first, today, hasMore, isLoadingMore, onLoadMore }: CalendarAgendaProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const list = useRef<HTMLOListElement>(null);
  // After "show more", focus moves to the first event that came with it, so the keyboard goes on from there.
  const focusFrom = useRef<number | null>(null);

  const events = useMemo(() => {
    const seen = new Map<string, EventSummary>();
    for (const page of pages) for (const event of page.items) seen.set(event.id, event);
    return [...seen.values()];
  }, [pages]);

  // The API lists by start, so while more pages wait, days after the last start loaded are not
  // complete yet; once all are in, the list runs to the last day of the last event to end.
  const until = latest(first, hasMore ? lastStartDay(events, first) : lastEndDay(events, first));
  const byDay = eventsByDay(events, first, until);
  const days: CalendarDate[] = [];
  for (let day = first; day.compare(until) <= 0; day = day.add({ days: 1 })) if (byDay.has(dayKey(day))) days.push(day);

  useEffect(() => {
    if (focusFrom.current === null) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('.calendar-event__title');
    links?.[Math.min(focusFrom.current, links.length - 1)]?.focus();
    focusFrom.current = null;
  }, [pages]);

  return (
    <>
      <ol className="agenda" ref={list}>
        {days.map((day) => {
          const isToday = day.compare(today) === 0;
          return (
            <li key={day.toString()} className="agenda__day" aria-current={isToday ? 'date' : undefined}>
              <h3 className="agenda__heading">
                {formatLongDay(day, language)}
                <span className="agenda__week">
                  <span aria-hidden="true">{t('eventsCalendar.weekShort', { week: isoWeekOfDay(day) })}</span>
                  <span className="visually-hidden">, {t('eventsCalendar.weekLong', { week: isoWeekOfDay(day) })}</span>
                </span>
                {isToday ? <span className="month-day__today">{t('eventsCalendar.today')}</span> : null}
              </h3>
              <ul className="event-list">
                {(byDay.get(dayKey(day)) ?? []).map((event) => (
                  <li key={event.id}>
                    <CalendarEventItem event={event} day={day} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      {hasMore ? (
        <Button
          className="button button--secondary"
          isPending={isLoadingMore}
          onPress={() => {
            focusFrom.current = list.current?.querySelectorAll('.calendar-event__title').length ?? 0;
            onLoadMore();
          }}
        >
          {t('eventsCalendar.showMore')}
        </Button>
      ) : null}
    </>
  );
}

function latest(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a.compare(b) >= 0 ? a : b;
}

function lastStartDay(events: readonly EventSummary[], fallback: CalendarDate): CalendarDate {
  const last = events.at(-1);
  return last ? dayOfInstant(last.startsAt) : fallback;
}

function lastEndDay(events: readonly EventSummary[], fallback: CalendarDate): CalendarDate {
  return events.reduce((last, event) => latest(last, eventDays(event).last), fallback);
}
