import type { Agency, CurrentUser } from '@repo/contracts';
import { actingScope, overlapsScope } from '../../../lib/auth/roster-access';

type User = Pick<CurrentUser, 'role' | 'permissions' | 'coordinatorScope' | 'isAgencyEditor' | 'agency'>;

const codesOf = (agency: Pick<Agency, 'municipalities'>) => agency.municipalities.map((m) => m.code);
const covers = (scope: 'all' | readonly string[], codes: readonly string[]) => scope === 'all' || codes.every((code) => scope.includes(code));

/** The agency's own editors and the coordinators of its municipalities edit its details. */
export function canEditAgency(user: User, agency: Agency): boolean {
  if (agency.archivedAt || !user.permissions.includes('agencies:update')) return false;
  return (user.isAgencyEditor && user.agency.id === agency.id) || overlapsScope(actingScope(user), codesOf(agency));
}

/** Sector, coverage and parent organisation: coordinators of its municipalities and administrators. */
export function canRestructureAgency(user: User, agency: Agency): boolean {
  return !agency.archivedAt && user.permissions.includes('agencies:update') && overlapsScope(actingScope(user), codesOf(agency));
}

/** Archiving: coordinators for agencies entirely within their municipalities, and administrators. */
export function canArchiveAgency(user: User, agency: Agency): boolean {
  const scope = actingScope(user);
  return !agency.archivedAt && user.permissions.includes('agencies:manage') && overlapsScope(scope, codesOf(agency)) && covers(scope, codesOf(agency));
}
