import type { CurrentUser } from '@repo/contracts';

type User = Pick<CurrentUser, 'role' | 'agency' | 'isAgencyEditor' | 'coordinatorScope'>;

/**
 * Where the user acts as coordinator: everywhere for administrators and whole-region
 * coordinators, their municipalities for other coordinators, nowhere for members. Mirrors the
 * API's rules, which decide; the page only hides what would be refused.
 */
export function actingScope(user: Pick<User, 'role' | 'coordinatorScope'>): 'all' | readonly string[] {
  if (user.role === 'ADMIN') return 'all';
  if (user.role !== 'COORDINATOR' || !user.coordinatorScope) return [];
  return user.coordinatorScope.wholeRegion ? 'all' : user.coordinatorScope.municipalityCodes;
}

/** Whether the scope reaches one of the municipalities. */
export function overlapsScope(scope: 'all' | readonly string[], codes: readonly string[]): boolean {
  return scope === 'all' || codes.some((code) => scope.includes(code));
}

/**
 * Whether the user may change an agency's roster (its contacts and functions): administrators,
 * coordinators of a municipality the agency covers, the agency's own editors.
 */
export function canEditAgencyRoster(user: User | null | undefined, agency: { id: string; municipalities: readonly { code: string }[] }): boolean {
  if (!user) return false;
  if (user.isAgencyEditor && user.agency.id === agency.id) return true;
  return overlapsScope(
    actingScope(user),
    agency.municipalities.map((municipality) => municipality.code),
  );
}
