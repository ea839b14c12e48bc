import type { CalendarDate } from '@internationalized/date';
import type { EventSummary } from '@repo/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayKey, weekDays } from '../../../lib/calendar-days';
import { formatDay } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { CalendarEventItem } from './calendar-event-item';
import { eventsByDay } from './calendar-layout';

interface CalendarWeekProps {
  date: CalendarDate;
  today: CalendarDate;
  events: readonly EventSummary[];
}

/** Monday to Sunday, each day a heading with its events under it, side by side on a wide screen. */
export function CalendarWeek({ date, today, events }: CalendarWeekProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const days = useMemo(() => weekDays(date), [date]);
  const first = days[0] ?? date;
  const last = days[6] ?? date;
  const byDay = useMemo(() => eventsByDay(events, first, last), [events, first, last]);

  return (
    <ol className="week-days">
      {days.map((day) => {
        const list = byDay.get(dayKey(day)) ?? [];
        const isToday = day.compare(today) === 0;
        return (
          <li key={day.toString()} className={`week-day${isToday ? ' week-day--today' : ''}`} aria-current={isToday ? 'date' : undefined}>
            <h3 className="week-day__heading">
              {formatDay(day, language, { weekday: 'long', day: 'numeric', month: 'long' })}
              {isToday ? <span className="month-day__today">{t('eventsCalendar.today')}</span> : null}
            </h3>
            {list.length > 0 ? (
              <ul className="event-list">
                {list.map((event) => (
                  <li key={event.id}>
                    <CalendarEventItem event={event} day={day} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="week-day__empty">{t('eventsCalendar.noEventsDay')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
