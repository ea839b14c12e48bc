import type { ContactVerification, VerificationQueueItem } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { QueueRow } from './freshness.repository';

const COMPETENCE_SELECT = { id: true, slug: true, nameSv: true, nameEn: true, sortOrder: true } satisfies Prisma.CompetenceSelect;

/** The one contact a mailed link is for: its own details and nothing of anyone else's. */
export const LINKED_CONTACT_SELECT = {
  id: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  askMeAbout: true,
  languages: true,
  awayUntil: true,
  lastVerifiedAt: true,
  userId: true,
  archivedAt: true,
  version: true,
  agency: { select: { name: true } },
  competences: { select: { competence: { select: COMPETENCE_SELECT } } },
} satisfies Prisma.ContactSelect;

export type LinkedContactRow = Prisma.ContactGetPayload<{ select: typeof LINKED_CONTACT_SELECT }>;

export const AVAILABLE_COMPETENCE_SELECT = COMPETENCE_SELECT;
type CompetenceRow = Prisma.CompetenceGetPayload<{ select: typeof COMPETENCE_SELECT }>;

const withoutOrder = ({ sortOrder: _sortOrder, ...competence }: CompetenceRow) => competence;

export function toContactVerification(row: LinkedContactRow, expiresAt: Date, available: CompetenceRow[]): ContactVerification {
  return {
    name: row.name,
    agencyName: row.agency.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    askMeAbout: row.askMeAbout,
    languages: row.languages,
    awayUntil: row.awayUntil ? row.awayUntil.toISOString().slice(0, 10) : null,
    competences: row.competences
      .map(({ competence }) => competence)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(withoutOrder),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    version: row.version,
    expiresAt: expiresAt.toISOString(),
    availableCompetences: available.map(withoutOrder),
  };
}

export function toQueueItem(row: QueueRow): VerificationQueueItem {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    agency: { id: row.agencyId, name: row.agencyName },
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    verificationRequestedAt: row.verificationRequestedAt?.toISOString() ?? null,
    verificationRemindedAt: row.verificationRemindedAt?.toISOString() ?? null,
    verificationQueuedAt: row.verificationQueuedAt.toISOString(),
  };
}
