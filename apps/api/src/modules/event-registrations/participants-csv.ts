import type { Participant, ParticipantList } from '@repo/contracts';
import { toCsv } from '../../common/csv/csv';

export const PARTICIPANT_CSV_HEADER = ['Status', 'Plats i kön', 'Namn', 'E-post', 'Organisation', 'Anmäld', 'Bekräftad'];

const DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Swedish time for a spreadsheet: "2026-12-03 09:00". */
export function swedishDateTime(at: Date): string {
  const part = Object.fromEntries(DATE_TIME.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

function row(participant: Participant, status: string, position: number | null): string[] {
  return [
    status,
    position === null ? '' : String(position),
    participant.name,
    participant.email,
    participant.agency.name,
    swedishDateTime(new Date(participant.queuedAt)),
    participant.confirmedAt ? swedishDateTime(new Date(participant.confirmedAt)) : '',
  ];
}

/** The participant list as CSV for Excel in Sweden: the registered first, then the waitlist in order. */
export function participantsCsv(list: ParticipantList): string {
  return toCsv(PARTICIPANT_CSV_HEADER, [
    ...list.registered.map((p) => row(p, 'Anmäld', null)),
    ...list.waitlist.map((p, index) => row(p, 'Väntelista', index + 1)),
  ]);
}
