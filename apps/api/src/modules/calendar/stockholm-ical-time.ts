import { EVENT_TIME_ZONE } from '@repo/contracts';
import { stockholmOffsetMinutes } from '../../common/time/stockholm';
import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';

/*
 * ical-generator writes a native Date in an event's time zone with the Date's local getters, that
 * is in the server process's own zone. These small Temporal look-alikes (the library's
 * documented stubs) carry the Swedish wall-clock time instead, so the output never depends on
 * the server's TZ.
 */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * Sweden's UTC offset per UTC day, or null for the two days a year when it changes. Asking Intl
 * costs tens of microseconds a time, too slow for feeds of thousands of times; a whole-day answer
 * serves every event of that day.
 */
const dayOffsets = new Map<number, number | null>();

function offsetMinutes(instant: Date): number {
  const day = Math.floor(instant.getTime() / DAY_MS);
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const first = stockholmOffsetMinutes(new Date(day * DAY_MS));
    offset = first === stockholmOffsetMinutes(new Date((day + 1) * DAY_MS - 1)) ? first : null;
    if (dayOffsets.size >= 100_000) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return offset ?? stockholmOffsetMinutes(instant);
}

/**
 * Whether an instant falls in the hour the clocks repeat in October (02:00–03:00 comes twice).
 * Its wall-clock time names two instants, and calendar apps disagree on which one is meant.
 */
export function isInRepeatedHour(instant: Date): boolean {
  const at = instant.getTime();
  const offset = offsetMinutes(instant);
  const earlier = offsetMinutes(new Date(at - 3 * 60 * MINUTE_MS));
  const later = offsetMinutes(new Date(at + 3 * 60 * MINUTE_MS));
  // The same wall-clock time a moment earlier under the summer offset, or later under the winter one.
  const isSecond = earlier > offset && offsetMinutes(new Date(at - (earlier - offset) * MINUTE_MS)) === earlier;
  const isFirst = later < offset && offsetMinutes(new Date(at + (offset - later) * MINUTE_MS)) === later;
  return isSecond || isFirst;
}

function wallClock(instant: Date): WallClock {
  const local = new Date(instant.getTime() + offsetMinutes(instant) * MINUTE_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/*
 * Classes rather than object literals: V8 builds `{ ...time, method() {} }` very slowly, and a
 * feed makes two of these per event.
 */

class PlainDate implements ICalTemporalPlainDateStub {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** ical-generator tells a plain date from other values by this method. */
  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new PlainDateTime({ year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0 });
  }

  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

class PlainDateTime implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(time: WallClock) {
    this.year = time.year;
    this.month = time.month;
    this.day = time.day;
    this.hour = time.hour;
    this.minute = time.minute;
    this.second = time.second;
  }

  toPlainDate(): ICalTemporalPlainDateStub {
    return new PlainDate(this.year, this.month, this.day);
  }

  toZonedDateTime(zone: string): ICalTemporalZonedDateTimeStub {
    throw new Error(`A Swedish wall-clock time is not converted to ${zone}`);
  }

  toString(): string {
    return `${this.toPlainDate().toString()}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

class StockholmDateTime extends PlainDateTime implements ICalTemporalZonedDateTimeStub {
  readonly timeZoneId = EVENT_TIME_ZONE;

  constructor(private readonly instant: Date) {
    super(wallClock(instant));
  }

  withTimeZone(zone: string): ICalTemporalZonedDateTimeStub {
    if (zone !== EVENT_TIME_ZONE) throw new Error(`Only ${EVENT_TIME_ZONE} is supported, not ${zone}`);
    return this;
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new PlainDateTime(this);
  }

  toInstant(): ICalTemporalInstantStub {
    const iso = this.instant.toISOString();
    return { epochMilliseconds: this.instant.getTime(), toJSON: () => iso, toString: () => iso, toZonedDateTimeISO: () => this };
  }

  override toString(): string {
    return `${super.toString()}[${EVENT_TIME_ZONE}]`;
  }
}

/** An instant as Swedish wall-clock time, written `DTSTART;TZID=Europe/Stockholm:20261024T220000`. */
export function stockholmDateTime(instant: Date): ICalTemporalZonedDateTimeStub {
  return new StockholmDateTime(instant);
}

/** The Swedish calendar day of an instant, written as a DATE value (`DTSTART;VALUE=DATE:20261203`). */
export function stockholmDate(instant: Date): ICalTemporalPlainDateStub {
  const time = wallClock(instant);
  return new PlainDate(time.year, time.month, time.day);
}
