import type { Event } from '@repo/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import sv from '../../../lib/i18n/locales/sv';
import {
  EventFormSchema,
  type EventFormValues,
  emptyFormValues,
  eventFieldErrorText,
  formPathOf,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from './event-form-values';

const i18n = i18next.createInstance();
void i18n.init({ resources: { sv: { translation: sv } }, lng: 'sv', initAsync: false, interpolation: { escapeValue: false } });

const AGENCY = '6f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';
const INVITED = '0b5d7a8c-1e2f-4a3b-9c4d-5e6f7a8b9c0d';
const CONTACT = '3a2b1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const filled: EventFormValues = {
  ...emptyFormValues({ organiserAgencyId: AGENCY, contactId: CONTACT }),
  title: 'Tidiga tecken på radikalisering',
  kind: 'TRAINING',
  start: '2026-12-03T09:00',
  end: '2026-12-03T12:00',
  place: 'Kommunhuset, Arvika',
  description: 'Halvdag för **skolkuratorer**.',
};

const event: Event = {
  id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  title: 'Nätverksträff SSPF',
  kind: 'NETWORK_MEETING',
  startsAt: '2026-03-28T23:00:00.000Z',
  endsAt: '2026-03-30T22:00:00.000Z',
  allDay: true,
  place: null,
  isOnline: true,
  onlineUrl: 'https://teams.example/mote',
  organiserAgency: { id: AGENCY, name: 'Region Värmland' },
  targetMunicipalities: [{ code: '1784', name: 'Arvika' }],
  targetSectors: ['SCHOOL'],
  capacity: 40,
  registeredCount: 3,
  waitlistCount: 0,
  visibility: 'INVITED_AGENCIES',
  cancelledAt: null,
  myRegistration: null,
  description: '',
  contact: { id: CONTACT, name: 'Sara Samordnare', email: null, phone: null },
  createdBy: null,
  targetCompetences: [],
  invitedAgencies: [{ id: INVITED, name: 'Polisen' }],
  registrationDeadline: '2026-03-27T15:00:00.000Z',
  registrationOpen: true,
  canManage: true,
  version: 4,
  createdAt: '2026-01-10T10:00:00.000Z',
  updatedAt: '2026-01-10T10:00:00.000Z',
};

const problems = (values: EventFormValues) =>
  (EventFormSchema.safeParse(values).error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('the event form', () => {
  it('sends the times as Swedish time with the offset of the day, and blanks as null', () => {
    const input = toCreateInput(EventFormSchema.parse({ ...filled, start: '2026-03-28T09:00', end: '2026-03-29T16:00', registrationDeadline: '2026-03-20T12:00' }));
    expect(input).toEqual({
      title: 'Tidiga tecken på radikalisering',
      kind: 'TRAINING',
      when: { allDay: false, startsAt: '2026-03-28T09:00:00+01:00', endsAt: '2026-03-29T16:00:00+02:00' },
      description: 'Halvdag för **skolkuratorer**.',
      place: 'Kommunhuset, Arvika',
      onlineUrl: null,
      organiserAgencyId: AGENCY,
      contactId: CONTACT,
      targetSectors: [],
      targetMunicipalityCodes: [],
      targetCompetenceIds: [],
      capacity: null,
      registrationDeadline: '2026-03-20T12:00:00+01:00',
      visibility: 'NETWORK',
      invitedAgencyIds: [],
    });
  });

  it('sends whole days as dates, and invitations only for an invited-only event', () => {
    const allDay = { ...filled, allDay: true, start: '2026-12-03', end: '2026-12-04', capacity: '25', invitedAgencyIds: [INVITED] };
    expect(toCreateInput(allDay)).toMatchObject({ when: { allDay: true, startDate: '2026-12-03', endDate: '2026-12-04' }, capacity: 25, invitedAgencyIds: [] });
    expect(toCreateInput({ ...allDay, visibility: 'INVITED_AGENCIES' }).invitedAgencyIds).toEqual([INVITED]);
  });

  it('shows a saved event in Swedish time, an all-day one with its last day rather than the midnight after', () => {
    expect(toFormValues(event)).toMatchObject({
      allDay: true,
      start: '2026-03-29',
      end: '2026-03-30',
      registrationDeadline: '2026-03-27T16:00',
      capacity: '40',
      contactId: CONTACT,
      targetMunicipalityCodes: ['1784'],
      invitedAgencyIds: [INVITED],
    });
    const timed = toFormValues({ ...event, allDay: false, startsAt: '2026-06-03T07:00:00.000Z', endsAt: '2026-06-03T10:30:00.000Z' });
    expect([timed.start, timed.end]).toEqual(['2026-06-03T09:00', '2026-06-03T12:30']);
  });

  it('refuses an end before the start, neither place nor link, a personnummer, a link that is not https', () => {
    expect(problems({ ...filled, end: '2026-12-03T08:30', place: '', description: 'Gäller elev 121212-1212.', onlineUrl: 'http://teams.example' })).toEqual([
      { path: 'onlineUrl', message: 'must be an https:// address' },
      { path: 'description', message: 'must not contain a personal identity number' },
      { path: 'end', message: 'ends_before_start' },
    ]);
    expect(problems({ ...filled, place: '', onlineUrl: '' })).toEqual([{ path: 'place', message: 'place_required' }]);
    expect(problems({ ...filled, allDay: true, start: '2026-12-03', end: '2026-12-03' })).toEqual([]);
    expect(problems({ ...filled, allDay: true, start: '2026-12-03', end: '2026-12-02' })).toEqual([{ path: 'end', message: 'ends_before_start' }]);
  });

  it('asks for the times, a kind, a whole number of places and a deadline no later than the end', () => {
    expect(problems({ ...filled, kind: '', start: '', end: '2026-12', capacity: 'tio', registrationDeadline: '2026-12-03T12:01' })).toEqual([
      { path: 'kind', message: 'is required' },
      { path: 'capacity', message: 'whole_number' },
      { path: 'start', message: 'is required' },
      { path: 'end', message: 'invalid_time' },
    ]);
    expect(problems({ ...filled, registrationDeadline: '2026-12-03T12:01' })).toEqual([{ path: 'registrationDeadline', message: 'after_end' }]);
    // A whole-day event ends at midnight after its last day.
    expect(problems({ ...filled, allDay: true, start: '2026-12-03', end: '2026-12-03', registrationDeadline: '2026-12-03T23:59' })).toEqual([]);
    expect(problems({ ...filled, capacity: '0' }).map((problem) => problem.path)).toEqual(['capacity']);
  });

  it('sends only what changed, with the version; a new time sends the whole `when`', () => {
    const saved = toFormValues(event);
    expect(toUpdateInput(saved, saved, 4)).toEqual({ version: 4 });
    expect(toUpdateInput(saved, { ...saved, end: '2026-03-31', capacity: '' }, 4)).toEqual({
      version: 4,
      when: { allDay: true, startDate: '2026-03-29', endDate: '2026-03-31' },
      capacity: null,
    });
    // For the whole network again: the invitations go too.
    expect(toUpdateInput(saved, { ...saved, visibility: 'NETWORK' }, 5)).toEqual({ version: 5, visibility: 'NETWORK', invitedAgencyIds: [] });
  });

  it("puts the API's issues about `when` on the start and end fields", () => {
    expect(formPathOf(['body', 'when', 'endsAt'])).toEqual(['end']);
    expect(formPathOf(['when', 'endDate'])).toEqual(['end']);
    expect(formPathOf(['body', 'when'])).toEqual(['start']);
    expect(formPathOf(['body', 'place'])).toEqual(['place']);
  });

  it('words the problems in Swedish, whether the form or the API found them', () => {
    const t = i18n.t;
    expect(eventFieldErrorText(t, 'description', { type: 'custom', message: 'must not contain a personal identity number' }, false)).toMatch(
      /^Beskrivningen får inte innehålla personnummer/,
    );
    expect(eventFieldErrorText(t, 'end', { type: 'custom', message: 'ends_before_start' }, false)).toBe('Evenemanget måste sluta efter att det börjar.');
    expect(eventFieldErrorText(t, 'end', { type: 'ends_before_start', message: 'The event must end after it starts.' }, false)).toBe(
      'Evenemanget måste sluta efter att det börjar.',
    );
    expect(eventFieldErrorText(t, 'place', { type: 'place_required', message: 'Give a place, an online meeting link, or both.' }, false)).toBe(
      'Ange en plats, en länk till onlinemötet eller båda.',
    );
    expect(eventFieldErrorText(t, 'title', { type: 'too_small', message: 'Too small' }, false)).toBeUndefined();
  });
});
