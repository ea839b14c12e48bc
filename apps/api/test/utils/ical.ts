import ICAL from 'ical.js';

export interface ParsedCalendar {
  calendar: InstanceType<typeof ICAL.Component>;
  events: InstanceType<typeof ICAL.Event>[];
}

/**
 * Parses iCalendar text with ical.js, a parser independent of the library that wrote it. ical.js
 * knows no time zones of its own: the file's VTIMEZONEs are registered first, so zoned times are
 * resolved through exactly what the file tells calendar apps.
 */
export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** A parsed time as a UTC instant (ISO 8601). */
export function utcInstant(time: InstanceType<typeof ICAL.Time>): string {
  return time.toJSDate().toISOString();
}

/** Every physical line of the file (CRLF-separated, continuations included). */
export function physicalLines(text: string): string[] {
  return text.split('\r\n');
}
