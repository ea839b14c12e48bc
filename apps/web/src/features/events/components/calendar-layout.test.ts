import { CalendarDate } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { eventDays, eventsByDay, placement, rangeInstants, stepDate, visibleRange } from './calendar-layout';

const day = (year: number, month: number, date: number) => new CalendarDate(year, month, date);
const event = (title: string, startsAt: string, endsAt: string, allDay = false) => ({ title, startsAt, endsAt, allDay });
const titlesByDay = (map: Map<string, { title: string }[]>) => Object.fromEntries([...map].map(([key, list]) => [key, list.map((e) => e.title)]));

describe('the calendar views', () => {
  it('shows whole weeks around the month, and asks the API from Swedish midnight to Swedish midnight', () => {
    const range = visibleRange('month', day(2026, 11, 24));
    expect([range.first.toString(), range.last.toString()]).toEqual(['2026-10-26', '2026-12-06']);
    // 26 October is already winter time (the clocks went back on the 25th).
    expect(rangeInstants(range.first, range.last)).toEqual({ from: '2026-10-26T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' });
  });

  it('shows Monday to Sunday in the week view, across the change to summer time', () => {
    const week = visibleRange('week', day(2026, 11, 29));
    expect([week.first.toString(), week.last.toString()]).toEqual(['2026-11-23', '2026-11-29']);
    const spring = visibleRange('week', day(2026, 3, 25));
    expect(rangeInstants(spring.first, spring.last)).toEqual({ from: '2026-03-23T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' });
  });

  it('runs the list on from its first day, with no end', () => {
    expect(rangeInstants(day(2026, 11, 24))).toEqual({ from: '2026-11-24T00:00:00+01:00' });
  });

  it('steps by whole months and weeks', () => {
    expect(stepDate('month', day(2026, 1, 31), 1).toString()).toBe('2026-02-01');
    expect(stepDate('month', day(2026, 1, 31), -1).toString()).toBe('2025-12-01');
    expect(stepDate('week', day(2026, 11, 29), 1).toString()).toBe('2026-11-30');
    expect(stepDate('week', day(2026, 11, 29), -1).toString()).toBe('2026-11-16');
    expect(stepDate('agenda', day(2026, 11, 24), 1).toString()).toBe('2026-12-24');
    expect(stepDate('agenda', day(2026, 3, 31), -1).toString()).toBe('2026-02-28');
  });
});

describe('events by day', () => {
  it('puts an all-day event on each of its days and not on the day its exclusive end falls on', () => {
    // 3–4 December, all day: Swedish midnight to the midnight after the 4th.
    const days = eventsByDay([event('Konferens', '2026-12-02T23:00:00Z', '2026-12-04T23:00:00Z', true)], day(2026, 11, 30), day(2026, 12, 6));
    expect(titlesByDay(days)).toEqual({ '2026-12-03': ['Konferens'], '2026-12-04': ['Konferens'] });
  });

  it('uses the Swedish day: late on Sunday in UTC is Monday in Sweden', () => {
    const days = eventsByDay([event('Webbinarium', '2026-11-29T23:30:00Z', '2026-11-30T01:00:00Z')], day(2026, 11, 23), day(2026, 12, 6));
    expect(titlesByDay(days)).toEqual({ '2026-11-30': ['Webbinarium'] });
  });

  it('puts a timed event that runs past midnight on both days, and one ending at midnight on one', () => {
    const days = eventsByDay(
      [
        event('Nattpass', '2026-12-01T20:00:00Z', '2026-12-02T03:00:00Z'),
        event('Kvällsträff', '2026-12-01T21:00:00Z', '2026-12-01T23:00:00Z'),
        event('Startskott', '2026-12-03T09:00:00Z', '2026-12-03T09:00:00Z'),
      ],
      day(2026, 11, 30),
      day(2026, 12, 6),
    );
    expect(titlesByDay(days)).toEqual({ '2026-12-01': ['Nattpass', 'Kvällsträff'], '2026-12-02': ['Nattpass'], '2026-12-03': ['Startskott'] });
  });

  it('keeps only the days in view of an event that began before them', () => {
    const days = eventsByDay([event('Kurs', '2026-11-20T08:00:00Z', '2026-12-02T15:00:00Z')], day(2026, 11, 30), day(2026, 12, 6));
    expect([...days.keys()]).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('lists what runs all day first, then by the clock, then by title in Swedish order', () => {
    const days = eventsByDay(
      [
        event('Öppet hus', '2026-12-01T12:00:00Z', '2026-12-01T13:00:00Z'),
        event('Eftermiddag', '2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z'),
        event('Ärende', '2026-12-01T12:00:00Z', '2026-12-01T13:00:00Z'),
        event('Heldag', '2026-11-30T23:00:00Z', '2026-12-01T23:00:00Z', true),
        event('Zon', '2026-12-01T12:00:00Z', '2026-12-01T13:00:00Z'),
      ],
      day(2026, 12, 1),
      day(2026, 12, 1),
    );
    expect(days.get('2026-12-01')?.map((e) => e.title)).toEqual(['Heldag', 'Zon', 'Ärende', 'Öppet hus', 'Eftermiddag']);
  });

  it('gives the first and last Swedish day of an event, the exclusive end of an all-day one not counted', () => {
    const days = (startsAt: string, endsAt: string) => Object.values(eventDays({ startsAt, endsAt })).map(String);
    expect(days('2026-12-02T23:00:00Z', '2026-12-04T23:00:00Z')).toEqual(['2026-12-03', '2026-12-04']);
    expect(days('2026-12-01T20:00:00Z', '2026-12-02T03:00:00Z')).toEqual(['2026-12-01', '2026-12-02']);
    expect(days('2026-12-03T09:00:00Z', '2026-12-03T09:00:00Z')).toEqual(['2026-12-03', '2026-12-03']);
  });

  it('says whether an event began before a day or runs on after it', () => {
    const course = { startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-03T15:00:00Z' };
    expect(placement(course, day(2026, 12, 1))).toEqual({ beganBefore: false, endsAfter: true });
    expect(placement(course, day(2026, 12, 2))).toEqual({ beganBefore: true, endsAfter: true });
    expect(placement(course, day(2026, 12, 3))).toEqual({ beganBefore: true, endsAfter: false });
    expect(placement({ startsAt: '2026-11-30T23:00:00Z', endsAt: '2026-12-01T23:00:00Z' }, day(2026, 12, 1))).toEqual({ beganBefore: false, endsAfter: false });
  });
});
