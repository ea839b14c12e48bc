import { foldLines as libraryFoldLines } from 'ical-generator';
import { parseIcs, physicalLines, utcInstant } from '../../../test/utils/ical';
import { FEED_NAMES, foldLines, renderCalendar, type CalendarEventRow } from './ical-render';

const PUBLIC_URL = 'https://samverkan.example.se';
const ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

function row(overrides: Partial<CalendarEventRow> = {}): CalendarEventRow {
  return {
    id: ID,
    title: 'SSPF-träff i Kil',
    description: 'Vi går igenom **lägesbilden**.',
    kind: 'NETWORK_MEETING',
    startsAt: new Date('2026-12-03T08:00:00Z'),
    endsAt: new Date('2026-12-03T11:00:00Z'),
    allDay: false,
    place: 'Kommunhuset, Kil',
    onlineUrl: null,
    organiserName: 'Socialtjänsten, Kils kommun',
    organiserEmail: 'socialtjanst@kil.example.se',
    contactEmail: 'anna.svensson@kil.example.se',
    cancelledAt: null,
    version: 1,
    createdAt: new Date('2026-11-20T09:15:00Z'),
    updatedAt: new Date('2026-11-21T10:30:00Z'),
    isWaitlisted: false,
    ...overrides,
  };
}

function only(events: readonly CalendarEventRow[], name?: string) {
  const text = renderCalendar({ events, publicUrl: PUBLIC_URL, name });
  const parsed = parseIcs(text);
  return { text, ...parsed, event: parsed.events[0]! };
}

describe('renderCalendar', () => {
  it('writes a calendar with its properties, the Stockholm VTIMEZONE and CRLF line ends', () => {
    const { text, calendar } = only([row()], FEED_NAMES.network);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Samverkan Värmland//Evenemang//SV');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samverkan Värmland – alla evenemang');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
    expect(vtimezones[0]!.getAllSubcomponents().map((part) => part.name).sort()).toEqual(['daylight', 'standard']);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Calendar properties come before the first component (RFC 5545 3.4).
    expect(text.indexOf('X-WR-TIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VTIMEZONE'));
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  it('gives a single event no calendar name, so importing it adds no calendar', () => {
    const { calendar } = only([row()]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('writes the event: UID, SEQUENCE, UTC stamps, organiser, category, links and status', () => {
    const { text, event } = only([row({ version: 4, onlineUrl: 'https://meet.example.se/sspf' })]);
    expect(event.uid).toBe(`${ID}@samverkan-varmland`);
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe('SSPF-träff i Kil');
    expect(event.location).toBe('Kommunhuset, Kil');
    expect(event.description).toBe(`Vi går igenom **lägesbilden**.\n\nEvenemangssida: ${PUBLIC_URL}/events/${ID}\n\nMöteslänk: https://meet.example.se/sspf`);
    const vevent = event.component;
    expect(vevent.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/events/${ID}`);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('categories')).toBe('Nätverksträff');
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).toBe('Socialtjänsten, Kils kommun');
    expect(organizer.getFirstValue()).toBe('mailto:anna.svensson@kil.example.se');
    // DTSTAMP, CREATED and LAST-MODIFIED are UTC times, as the RFC requires of them.
    expect(text).toContain('\r\nDTSTAMP:20261121T103000Z\r\n');
    expect(text).toContain('\r\nCREATED:20261120T091500Z\r\n');
    expect(text).toContain('\r\nLAST-MODIFIED:20261121T103000Z\r\n');
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20261203T090000\r\n');
    expect(text).toContain('\r\nDTEND;TZID=Europe/Stockholm:20261203T120000\r\n');
  });

  it('falls back to the agency’s mail for ORGANIZER, and leaves it out when there is none', () => {
    expect(only([row({ contactEmail: null })]).event.component.getFirstPropertyValue('organizer')).toBe('mailto:socialtjanst@kil.example.se');
    expect(only([row({ contactEmail: null, organiserEmail: null })]).event.component.getFirstProperty('organizer')).toBeNull();
  });

  it('uses the online link as the location of an event without a place', () => {
    expect(only([row({ place: null, onlineUrl: 'https://meet.example.se/x' })]).event.location).toBe('https://meet.example.se/x');
    expect(only([row({ place: null, onlineUrl: null })]).event.component.getFirstProperty('location')).toBeNull();
  });

  it('marks cancelled events CANCELLED and waitlisted places TENTATIVE, in the title too', () => {
    const cancelled = only([row({ cancelledAt: new Date('2026-11-25T12:00:00Z'), isWaitlisted: true })]).event;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.summary).toBe('INSTÄLLT: SSPF-träff i Kil');
    const waitlisted = only([row({ isWaitlisted: true })]).event;
    expect(waitlisted.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(waitlisted.summary).toBe('Väntelista: SSPF-träff i Kil');
  });

  it('keeps the wall-clock times across the October change to winter time', () => {
    // Saturday 24 October 2026 22:00 (summer time, UTC+2) to Sunday 25 October 04:00 (winter time, UTC+1).
    const { text, event } = only([row({ startsAt: new Date('2026-10-24T20:00:00Z'), endsAt: new Date('2026-10-25T03:00:00Z') })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261024T220000');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20261025T040000');
    expect(event.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(utcInstant(event.startDate)).toBe('2026-10-24T20:00:00.000Z');
    expect(utcInstant(event.endDate)).toBe('2026-10-25T03:00:00.000Z');
  });

  it('keeps the wall-clock times across the March change to summer time', () => {
    // Sunday 28 March 2027 01:30 (UTC+1) to 03:30 (UTC+2): one hour of real time.
    const { text, event } = only([row({ startsAt: new Date('2027-03-28T00:30:00Z'), endsAt: new Date('2027-03-28T01:30:00Z') })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20270328T013000');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20270328T033000');
    expect(utcInstant(event.startDate)).toBe('2027-03-28T00:30:00.000Z');
    expect(utcInstant(event.endDate)).toBe('2027-03-28T01:30:00.000Z');
  });

  it('writes times in October’s repeated hour in UTC, where Swedish time is ambiguous', () => {
    // 25 October 2026: 02:00–03:00 comes twice, first in summer time (00:00–01:00Z), then in winter time (01:00–02:00Z).
    for (const [startsAt, endsAt] of [
      ['2026-10-25T01:30:00Z', '2026-10-25T03:00:00Z'],
      ['2026-10-24T22:00:00Z', '2026-10-25T00:30:00Z'],
    ]) {
      const { text, event } = only([row({ startsAt: new Date(startsAt!), endsAt: new Date(endsAt!) })]);
      expect(text).toContain(`\r\nDTSTART:${startsAt!.replace(/[-:]/g, '')}\r\n`);
      expect(text).toContain(`\r\nDTEND:${endsAt!.replace(/[-:]/g, '')}\r\n`);
      expect([utcInstant(event.startDate), utcInstant(event.endDate)]).toEqual([new Date(startsAt!).toISOString(), new Date(endsAt!).toISOString()]);
    }
    // Just outside the repeated hour Swedish time is unambiguous and keeps its TZID.
    const around = only([row({ startsAt: new Date('2026-10-24T23:59:00Z'), endsAt: new Date('2026-10-25T02:00:00Z') })]).text;
    expect(around).toContain('DTSTART;TZID=Europe/Stockholm:20261025T015900');
    expect(around).toContain('DTEND;TZID=Europe/Stockholm:20261025T030000');
  });

  it('writes all-day events as DATE values, ending the day after the last', () => {
    // 3–4 December 2026 in Sweden: from midnight Swedish time to the midnight after the 4th.
    const { text, event } = only([row({ allDay: true, startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-04T23:00:00Z') })]);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261203\r\n');
    expect(text).toContain('\r\nDTEND;VALUE=DATE:20261205\r\n');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-03');
    expect(event.endDate.toString()).toBe('2026-12-05');
    // A summer all-day event: Swedish midnight is 22:00 UTC the day before.
    const summer = only([row({ allDay: true, startsAt: new Date('2027-06-09T22:00:00Z'), endsAt: new Date('2027-06-10T22:00:00Z') })]).event;
    expect([summer.startDate.toString(), summer.endDate.toString()]).toEqual(['2027-06-10', '2027-06-11']);
  });

  it('escapes text so that commas, semicolons, backslashes, line breaks and å ä ö come back unchanged', () => {
    const title = 'Möte; ärenden, åtgärder\\uppföljning';
    const description = 'Rad ett, med komma; och semikolon\nRad två: "citat" och \\ snedstreck\r\nRad tre – ÅÄÖ åäö é';
    const place = 'Rum 3; plan 2, Stadshuset\nKarlstad';
    const { text, event } = only([row({ title, description, place })]);
    expect(event.summary).toBe(title);
    expect(event.description).toBe(`${description.replace(/\r\n/g, '\n')}\n\nEvenemangssida: ${PUBLIC_URL}/events/${ID}`);
    expect(event.location).toBe(place);
    expect(text).toContain('SUMMARY:Möte\\; ärenden\\, åtgärder\\\\uppföljning');
  });

  it('drops control characters that TEXT values may not hold', () => {
    const { event } = only([row({ title: 'Träff\u0007 i\u0000 Kil', description: 'A\u001bB' })]);
    expect(event.summary).toBe('Träff i Kil');
    expect(event.description?.startsWith('AB\n\n')).toBe(true);
  });

  it('folds lines longer than 75 octets without splitting a character, and they unfold to the text', () => {
    const description = `${'Radikalisering och tidiga tecken – åäö '.repeat(40)}🙂 slut`;
    const { text, event } = only([row({ description, title: 'Ö'.repeat(100) })]);
    const lines = physicalLines(text);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(event.summary).toBe('Ö'.repeat(100));
    expect(event.description?.startsWith(description)).toBe(true);
  });

  it('does not depend on the server’s own time zone', () => {
    const events = [row({ startsAt: new Date('2026-10-24T20:00:00Z'), endsAt: new Date('2026-10-25T03:00:00Z') }), row({ allDay: true, startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-03T23:00:00Z') })];
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const inUtc = renderCalendar({ events, publicUrl: PUBLIC_URL });
      process.env.TZ = 'America/Los_Angeles';
      expect(renderCalendar({ events, publicUrl: PUBLIC_URL })).toBe(inUtc);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('foldLines', () => {
  it('folds exactly where ical-generator’s own foldLines does', () => {
    const samples = [
      'SHORT:line',
      `DESCRIPTION:${'a'.repeat(74)}`,
      `DESCRIPTION:${'a'.repeat(63)}`,
      `DESCRIPTION:${'a'.repeat(62)}ö${'b'.repeat(200)}`,
      `SUMMARY:${'åäö'.repeat(60)}`,
      `SUMMARY:${'x'.repeat(61)}🙂🙂🙂${'€'.repeat(40)}`,
      `LOCATION:${'日本語'.repeat(30)}\r\nURL:${'https://example.se/'.repeat(8)}`,
      '',
    ];
    for (const sample of samples) expect(foldLines(sample)).toBe(libraryFoldLines(sample));
  });

  it('produces the same file as folding the whole calendar with ical-generator', () => {
    const text = renderCalendar({ events: [row({ description: 'lång text, '.repeat(50) })], publicUrl: PUBLIC_URL, name: FEED_NAMES.personal });
    const unfolded = text.replace(/\r\n /g, '');
    expect(text).toBe(libraryFoldLines(unfolded));
  });
});
