import type { Participant, ParticipantList } from '@repo/contracts';
import type { ParticipantRow } from './event-registrations.repository';

function toParticipant(row: ParticipantRow): Participant {
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    agency: { id: row.user.agency.id, name: row.user.agency.name },
    queuedAt: row.queuedAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  };
}

/** Rows ordered as the repository returns them: seats by when they were got, then the waitlist in order. */
export function toParticipantList(rows: ParticipantRow[]): ParticipantList {
  return {
    registered: rows.filter((row) => row.status === 'REGISTERED').map(toParticipant),
    waitlist: rows.filter((row) => row.status === 'WAITLISTED').map(toParticipant),
  };
}
