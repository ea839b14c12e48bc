import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { EVENT_KIND_NAMES, EVENT_TIME_ZONE, type EventKind } from '@repo/contracts';
import ical, { ICalCalendarMethod, ICalEvent, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { eventPageUrl } from '../events/event-notifier';
import { isInRepeatedHour, stockholmDate, stockholmDateTime } from './stockholm-ical-time';

/** What an event contributes to a calendar file: the columns the feed query selects. */
export interface CalendarEventRow {
  id: string;
  title: string;
  /** Markdown, sent as plain text. */
  description: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  place: string | null;
  onlineUrl: string | null;
  organiserName: string;
  organiserEmail: string | null;
  contactEmail: string | null;
  cancelledAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** Personal feed only: the owner waits for a place. */
  isWaitlisted: boolean;
}

export interface CalendarFile {
  /** X-WR-CALNAME, for feeds; a single event's download has none, so importing it adds no calendar. */
  name?: string;
  events: readonly CalendarEventRow[];
  /** Where the portal is reached, for the event page links. */
  publicUrl: string;
}

export const FEED_NAMES = {
  personal: 'Samverkan Värmland – mina evenemang',
  network: 'Samverkan Värmland – alla evenemang',
} as const;

/** The part after the event id in every UID; never change it, or calendars duplicate every event. */
const UID_DOMAIN = 'samverkan-varmland';

const VTIMEZONE = getVtimezoneComponent(EVENT_TIME_ZONE);
if (!VTIMEZONE) throw new Error(`No VTIMEZONE for ${EVENT_TIME_ZONE}`);
const STOCKHOLM_VTIMEZONE: string = VTIMEZONE;

export function eventUid(eventId: string): string {
  return `${eventId}@${UID_DOMAIN}`;
}

/**
 * An iCalendar (RFC 5545) file. ical-generator writes every property, escapes the text and
 * formats the times; times carry TZID=Europe/Stockholm with the zone's VTIMEZONE, so clients keep
 * 09:00 at 09:00 across the daylight-saving change, while DTSTAMP, CREATED and LAST-MODIFIED stay
 * in UTC as the RFC requires (a calendar-wide zone would make ical-generator write them as local
 * times, so the zone is set per event).
 *
 * The file is assembled here rather than by calendar.toString() for two reasons: its line folding
 * allocates a TextEncoder per character (1.3 s for a feed of 1,000 events; foldLines() below does
 * the same folding, byte for byte, in a few milliseconds), and it writes X-WR-TIMEZONE after the
 * events, where the RFC allows no calendar property.
 */
export function renderCalendar(file: CalendarFile): string {
  const calendar = ical();
  let body = calendarHead(file.name ?? null);
  for (const event of file.events) body += foldLines(new ICalEvent(toICalEvent(event, file.publicUrl), calendar).toString());
  return `${body}END:VCALENDAR\r\n`;
}

const heads = new Map<string | null, string>();

/** BEGIN:VCALENDAR, the calendar's properties and the VTIMEZONE; the same for every file of a kind. */
function calendarHead(name: string | null): string {
  let head = heads.get(name);
  if (head === undefined) {
    const calendar = ical({
      prodId: { company: 'Samverkan Värmland', product: 'Evenemang', language: 'SV' },
      method: ICalCalendarMethod.PUBLISH,
      scale: 'GREGORIAN',
      name,
      // Subscribed calendars refresh hourly unless the client is told otherwise.
      ttl: name ? 60 * 60 : null,
      x: { 'X-WR-TIMEZONE': EVENT_TIME_ZONE },
    });
    const properties = calendar.toString().replace(/END:VCALENDAR$/, '');
    head = properties + STOCKHOLM_VTIMEZONE.trim().replace(/\r?\n/g, '\r\n') + '\r\n';
    heads.set(name, head);
  }
  return head;
}

/**
 * RFC 5545 3.1: content lines longer than 75 octets are split, each continuation starting with a
 * space, never inside a UTF-8 sequence. Folds exactly where ical-generator's foldLines() does
 * (checked in the unit tests), without its cost.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => (line.length <= 24 || Buffer.byteLength(line) <= 74 ? line : foldLine(line)))
    .join('\r\n');
}

function foldLine(line: string): string {
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < line.length;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3;
    octets += size;
    if (octets > 74) {
      folded += `${line.slice(start, index)}\r\n `;
      start = index;
      octets = size;
    }
    if (isPair) index += 1;
  }
  return folded + line.slice(start);
}

function toICalEvent(event: CalendarEventRow, publicUrl: string): ICalEventData {
  const page = eventPageUrl(publicUrl, event.id);
  const organiserEmail = event.contactEmail ?? event.organiserEmail;
  // A time in October's repeated hour is ambiguous in Swedish time; UTC names it exactly.
  const isInUtc = !event.allDay && (isInRepeatedHour(event.startsAt) || isInRepeatedHour(event.endsAt));
  const time = (instant: Date) => (event.allDay ? stockholmDate(instant) : isInUtc ? instant : stockholmDateTime(instant));
  return {
    id: eventUid(event.id),
    sequence: event.version - 1,
    // The last change, not the render time: the bytes (and ETags) stay put until the event changes.
    stamp: event.updatedAt,
    created: event.createdAt,
    lastModified: event.updatedAt,
    timezone: isInUtc ? null : EVENT_TIME_ZONE,
    allDay: event.allDay,
    // An all-day event ends at the midnight after its last day: the exclusive DTEND the RFC wants.
    start: time(event.startsAt),
    end: time(event.endsAt),
    summary: summary(event),
    description: plainText([event.description.trim(), `Evenemangssida: ${page}`, event.onlineUrl ? `Möteslänk: ${event.onlineUrl}` : ''].filter(Boolean).join('\n\n')),
    location: plainText(event.place ?? event.onlineUrl ?? '') || null,
    url: page,
    status: event.cancelledAt ? ICalEventStatus.CANCELLED : event.isWaitlisted ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    // ORGANIZER is a mail address by definition; without one the agency is still named in the text.
    organizer: organiserEmail ? { name: parameterText(event.organiserName), email: organiserEmail } : null,
    categories: [{ name: EVENT_KIND_NAMES[event.kind].sv }],
  };
}

/** Clients that ignore STATUS still show the state in the title. */
function summary(event: CalendarEventRow): string {
  const title = plainText(event.title);
  if (event.cancelledAt) return `INSTÄLLT: ${title}`;
  return event.isWaitlisted ? `Väntelista: ${title}` : title;
}

/** TEXT values may not hold control characters other than tab and line breaks (RFC 5545 3.3.11). */
function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** A quoted parameter (CN="…") may hold neither double quotes nor control characters (RFC 5545 3.1). */
function parameterText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/"/g, "'");
}
