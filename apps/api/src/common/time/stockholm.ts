const OFFSET_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' });

/** Minutes Europe/Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(at: Date): number {
  const name = OFFSET_FORMAT.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a calendar day (YYYY-MM-DD) begins in Sweden. Clocks change at 02:00/03:00, never at midnight. */
export function stockholmDayStart(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - stockholmOffsetMinutes(utcMidnight) * 60_000);
}

/** The instant the day after `day` begins in Sweden: the exclusive end of a date range. */
export function stockholmDayEnd(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return stockholmDayStart(next.toISOString().slice(0, 10));
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) it is in Sweden at an instant. */
export function stockholmDay(at: Date): string {
  return DAY_FORMAT.format(at);
}
