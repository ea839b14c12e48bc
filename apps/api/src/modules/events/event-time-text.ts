import { EVENT_TIME_ZONE } from '@repo/contracts';

const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: EVENT_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: EVENT_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** 09:00 → "09.00", as Swedish text writes times. */
function time(at: Date): string {
  return TIME.format(at).replace(':', '.');
}

/**
 * When an event takes place, in Swedish time, for mails and calendar texts:
 * "torsdag 3 december 2026 kl. 09.00–12.00", "torsdag 3 december 2026 kl. 22.00 – fredag 4 december 2026 kl. 02.00",
 * "torsdag 3 december 2026 (heldag)" or "torsdag 3 december 2026 – fredag 4 december 2026".
 */
export function eventTimeText(event: { startsAt: Date; endsAt: Date; allDay: boolean }): string {
  const firstDay = DAY.format(event.startsAt);
  if (event.allDay) {
    // The end is the midnight after the last day; the last day is the one before it.
    const lastDay = DAY.format(new Date(event.endsAt.getTime() - 1));
    return firstDay === lastDay ? `${firstDay} (heldag)` : `${firstDay} – ${lastDay}`;
  }
  const lastDay = DAY.format(event.endsAt);
  return firstDay === lastDay
    ? `${firstDay} kl. ${time(event.startsAt)}–${time(event.endsAt)}`
    : `${firstDay} kl. ${time(event.startsAt)} – ${lastDay} kl. ${time(event.endsAt)}`;
}
