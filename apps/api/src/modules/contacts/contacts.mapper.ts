import { STALE_AFTER_DAYS, type Contact } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { swedishCollator } from '../../common/text/swedish-collator';
import { stockholmDay } from '../../common/time/stockholm';

export const CONTACT_SELECT = {
  id: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  askMeAbout: true,
  languages: true,
  awayUntil: true,
  lastVerifiedAt: true,
  lastVerifiedById: true,
  userId: true,
  archivedAt: true,
  version: true,
  updatedAt: true,
  agency: { select: { id: true, name: true, municipalities: { select: { municipalityCode: true } } } },
  municipalities: { select: { municipality: { select: { code: true, name: true } } } },
  competences: {
    select: { competence: { select: { id: true, slug: true, nameSv: true, nameEn: true, sortOrder: true } } },
  },
} satisfies Prisma.ContactSelect;

export type ContactRecord = Prisma.ContactGetPayload<{ select: typeof CONTACT_SELECT }>;

/** A contact as the repository gives it: with the name of whoever last verified it (a user, not a relation of the row). */
export type ContactRow = ContactRecord & { lastVerifiedBy: string | null };

/** A day stored as a date column, as YYYY-MM-DD. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function isAway(awayUntil: Date | null, now: Date): boolean {
  return awayUntil !== null && dayOf(awayUntil) >= stockholmDay(now);
}

export function isStale(lastVerifiedAt: Date | null, now: Date): boolean {
  return lastVerifiedAt === null || now.getTime() - lastVerifiedAt.getTime() > STALE_AFTER_DAYS * 86_400_000;
}

export function toContact(row: ContactRow, now: Date): Contact {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    agency: { id: row.agency.id, name: row.agency.name },
    email: row.email,
    phone: row.phone,
    askMeAbout: row.askMeAbout,
    languages: row.languages,
    municipalities: row.municipalities
      .map(({ municipality }) => municipality)
      .sort((a, b) => swedishCollator.compare(a.name, b.name)),
    competences: row.competences
      .map(({ competence }) => competence)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ sortOrder: _sortOrder, ...competence }) => competence),
    awayUntil: row.awayUntil ? dayOf(row.awayUntil) : null,
    isAway: isAway(row.awayUntil, now),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    lastVerifiedBy: row.lastVerifiedBy,
    isStale: isStale(row.lastVerifiedAt, now),
    hasAccount: row.userId !== null,
    isArchived: row.archivedAt !== null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
