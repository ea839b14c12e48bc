import type { CalendarDate } from '@internationalized/date';
import type { EventSummary } from '@repo/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayKey, isoWeekOfDay, monthWeeks } from '../../../lib/calendar-days';
import { formatDay } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { CalendarEventItem } from './calendar-event-item';
import { eventsByDay } from './calendar-layout';

interface CalendarMonthProps {
  date: CalendarDate;
  today: CalendarDate;
  events: readonly EventSummary[];
  /** The id of the heading that names the month. */
  labelledBy: string;
}

/**
 * The month as a data table: a column per weekday from Monday, a row per ISO week with the week
 * number as its header, so a screen reader says "tisdag, v. 48" as it moves through the cells.
 * Events are links, reachable with Tab in reading order.
 */
export function CalendarMonth({ date, today, events, labelledBy }: CalendarMonthProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const weeks = useMemo(() => monthWeeks(date), [date]);
  const first = weeks[0]?.[0] ?? date;
  const last = weeks.at(-1)?.[6] ?? date;
  const byDay = useMemo(() => eventsByDay(events, first, last), [events, first, last]);

  return (
    <div className="table-wrap month-grid__scroll">
      <table className="month-grid" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="month-grid__week">
              {t('eventsCalendar.weekColumn')}
            </th>
            {(weeks[0] ?? []).map((day) => (
              <th scope="col" key={day.toString()}>
                <span aria-hidden="true">{formatDay(day, language, { weekday: 'short' })}</span>
                <span className="visually-hidden">{formatDay(day, language, { weekday: 'long' })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => {
            const number = isoWeekOfDay(week[0] ?? date);
            return (
              <tr key={week[0]?.toString()}>
                <th scope="row" className="month-grid__week">
                  <span aria-hidden="true">{t('eventsCalendar.weekShort', { week: number })}</span>
                  <span className="visually-hidden">{t('eventsCalendar.weekLong', { week: number })}</span>
                </th>
                {week.map((day) => {
                  const list = byDay.get(dayKey(day)) ?? [];
                  const isToday = day.compare(today) === 0;
                  const isOutside = day.month !== date.month;
                  return (
                    <td
                      key={day.toString()}
                      className={`month-day${isOutside ? ' month-day--outside' : ''}${isToday ? ' month-day--today' : ''}`}
                      aria-current={isToday ? 'date' : undefined}
                    >
                      <div className="month-day__date">
                        <span aria-hidden="true">{day.day === 1 ? formatDay(day, language, { day: 'numeric', month: 'short' }) : day.day}</span>
                        <span className="visually-hidden">{formatDay(day, language, { day: 'numeric', month: 'long' })}</span>
                        {isToday ? <span className="month-day__today">{t('eventsCalendar.today')}</span> : null}
                      </div>
                      {list.length > 0 ? (
                        <ul className="month-day__events">
                          {list.map((event) => (
                            <li key={event.id}>
                              <CalendarEventItem event={event} day={day} isCompact />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
