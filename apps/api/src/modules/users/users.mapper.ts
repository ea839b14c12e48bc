import { ROLE_PERMISSIONS, type CoordinatorScope, type CurrentUser, type User } from '@repo/contracts';
import type { Prisma } from '@repo/db';

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  isAgencyEditor: true,
  coordinatesWholeRegion: true,
  mfaSecret: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
  version: true,
  agency: { select: { id: true, name: true } },
  scopeMunicipalities: { select: { municipalityCode: true }, orderBy: { municipalityCode: 'asc' } },
} satisfies Prisma.UserSelect;

export type UserRow = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

/** A coordinator's scope; null for other roles. */
export function scopeOfRow(row: UserRow): CoordinatorScope | null {
  if (row.role !== 'COORDINATOR') return null;
  return { wholeRegion: row.coordinatesWholeRegion, municipalityCodes: row.scopeMunicipalities.map((scope) => scope.municipalityCode) };
}

/** What every view of a user shares. Never the hashes or the MFA secret. */
function profileOf(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agency: row.agency,
    isAgencyEditor: row.isAgencyEditor,
    coordinatorScope: scopeOfRow(row),
    mfaEnabled: row.mfaSecret !== null,
  };
}

/** A user as administrators see them. */
export function toUser(row: UserRow): User {
  return {
    ...profileOf(row),
    status: row.disabledAt ? 'DISABLED' : 'ACTIVE',
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function toCurrentUser(row: UserRow, session: { idleExpiresAt: Date; absoluteExpiresAt: Date }): CurrentUser {
  return {
    ...profileOf(row),
    permissions: [...ROLE_PERMISSIONS[row.role]],
    session: { idleExpiresAt: session.idleExpiresAt.toISOString(), absoluteExpiresAt: session.absoluteExpiresAt.toISOString() },
  };
}
