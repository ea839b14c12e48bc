import { capacityRaised, deadlineIssues, listWindow, noticeChanges, placeIssues, timesOf, whenIssues } from './event-rules';

describe('timesOf', () => {
  it('keeps the instants of a timed event, whatever offset they were written in', () => {
    expect(timesOf({ allDay: false, startsAt: '2026-12-03T09:00:00+01:00', endsAt: '2026-12-03T12:00:00+01:00' })).toEqual({
      startsAt: new Date('2026-12-03T08:00:00Z'),
      endsAt: new Date('2026-12-03T11:00:00Z'),
      allDay: false,
    });
  });

  it('runs whole days from Swedish midnight to the Swedish midnight after the last day', () => {
    expect(timesOf({ allDay: true, startDate: '2026-12-03', endDate: '2026-12-04' })).toEqual({
      startsAt: new Date('2026-12-02T23:00:00Z'),
      endsAt: new Date('2026-12-04T23:00:00Z'),
      allDay: true,
    });
  });

  it('gives the day the clocks go forward 23 hours and the day they go back 25', () => {
    const spring = timesOf({ allDay: true, startDate: '2027-03-28', endDate: '2027-03-28' });
    expect(spring).toEqual({ startsAt: new Date('2027-03-27T23:00:00Z'), endsAt: new Date('2027-03-28T22:00:00Z'), allDay: true });
    const autumn = timesOf({ allDay: true, startDate: '2027-10-31', endDate: '2027-10-31' });
    expect(autumn).toEqual({ startsAt: new Date('2027-10-30T22:00:00Z'), endsAt: new Date('2027-10-31T23:00:00Z'), allDay: true });
  });
});

describe('whenIssues', () => {
  it('refuses a timed event that ends when or before it starts, on when.endsAt', () => {
    expect(whenIssues({ allDay: false, startsAt: '2026-12-03T09:00:00+01:00', endsAt: '2026-12-03T08:00:00Z' })).toEqual([
      { path: ['when', 'endsAt'], code: 'ends_before_start', message: expect.any(String) },
    ]);
    expect(whenIssues({ allDay: false, startsAt: '2026-12-03T09:00:00+01:00', endsAt: '2026-12-03T08:00:01Z' })).toEqual([]);
  });

  it('refuses an all-day event whose last day is before its first, on when.endDate; one day is fine', () => {
    expect(whenIssues({ allDay: true, startDate: '2026-12-03', endDate: '2026-12-02' })).toEqual([
      { path: ['when', 'endDate'], code: 'ends_before_start', message: expect.any(String) },
    ]);
    expect(whenIssues({ allDay: true, startDate: '2026-12-03', endDate: '2026-12-03' })).toEqual([]);
  });
});

describe('placeIssues and deadlineIssues', () => {
  it('asks for a place or a link', () => {
    expect(placeIssues({ place: null, onlineUrl: null })).toEqual([{ path: ['place'], code: 'place_required', message: expect.any(String) }]);
    expect(placeIssues({ place: null, onlineUrl: 'https://meet.example/abc' })).toEqual([]);
    expect(placeIssues({ place: 'Stadshuset', onlineUrl: null })).toEqual([]);
  });

  it('lets registration close at the end at the latest', () => {
    const end = new Date('2026-12-03T11:00:00Z');
    expect(deadlineIssues(new Date('2026-12-03T11:00:00Z'), end)).toEqual([]);
    expect(deadlineIssues(null, end)).toEqual([]);
    expect(deadlineIssues(new Date('2026-12-03T11:00:00.001Z'), end)).toEqual([
      { path: ['registrationDeadline'], code: 'after_end', message: expect.any(String) },
    ]);
  });
});

describe('listWindow', () => {
  it('starts at the beginning of today in Sweden when no window is given', () => {
    // 00:30 in Sweden on 4 December is still 3 December in UTC.
    expect(listWindow({}, new Date('2026-12-03T23:30:00Z'))).toEqual({ from: new Date('2026-12-03T23:00:00Z'), to: null });
    expect(listWindow({}, new Date('2026-07-01T12:00:00Z'))).toEqual({ from: new Date('2026-06-30T22:00:00Z'), to: null });
  });

  it('takes the window as given, open on the side left out', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(listWindow({ to: '2027-01-01T00:00:00+01:00' }, now)).toEqual({ from: null, to: new Date('2026-12-31T23:00:00Z') });
    expect(listWindow({ from: '2020-01-01T00:00:00Z' }, now)).toEqual({ from: new Date('2020-01-01T00:00:00Z'), to: null });
  });
});

describe('noticeChanges', () => {
  const before = { startsAt: new Date('2026-12-03T08:00:00Z'), endsAt: new Date('2026-12-03T11:00:00Z'), allDay: false, place: 'Stadshuset', onlineUrl: null };

  it('sees a new start, end or all-day flag as a new time', () => {
    expect(noticeChanges(before, { ...before })).toEqual({ time: false, place: false });
    expect(noticeChanges(before, { ...before, startsAt: new Date('2026-12-03T09:00:00Z') })).toEqual({ time: true, place: false });
    expect(noticeChanges(before, { ...before, endsAt: new Date('2026-12-03T12:00:00Z') })).toEqual({ time: true, place: false });
    expect(noticeChanges(before, { ...before, allDay: true })).toEqual({ time: true, place: false });
  });

  it('sees a new address or meeting link as a new place', () => {
    expect(noticeChanges(before, { ...before, place: 'Bibliotekets hörsal' })).toEqual({ time: false, place: true });
    expect(noticeChanges(before, { ...before, onlineUrl: 'https://meet.example/abc' })).toEqual({ time: false, place: true });
  });
});

describe('capacityRaised', () => {
  it('is true for more places or no limit any more, and false otherwise', () => {
    expect(capacityRaised(10, 12)).toBe(true);
    expect(capacityRaised(10, null)).toBe(true);
    expect(capacityRaised(10, 10)).toBe(false);
    expect(capacityRaised(10, 8)).toBe(false);
    expect(capacityRaised(null, 8)).toBe(false);
    expect(capacityRaised(null, null)).toBe(false);
  });
});
