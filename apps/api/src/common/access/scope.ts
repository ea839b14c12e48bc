import type { Actor } from './actor';

/**
 * Whether an actor may act on something located in the given municipalities (an agency's, a
 * user's agency's). Admins act everywhere; coordinators within their scope; members nowhere.
 */
export function isInScope(actor: Pick<Actor, 'role' | 'coordinatorScope'>, municipalityCodes: readonly string[]): boolean {
  if (actor.role === 'ADMIN') return true;
  if (actor.role !== 'COORDINATOR' || !actor.coordinatorScope) return false;
  if (actor.coordinatorScope.wholeRegion) return true;
  return municipalityCodes.some((code) => actor.coordinatorScope?.municipalityCodes.includes(code));
}

/** The municipalities an actor may act in, or 'all'. For filtering lists in the database. */
export function scopeFilter(actor: Pick<Actor, 'role' | 'coordinatorScope'>): 'all' | readonly string[] {
  if (actor.role === 'ADMIN' || actor.coordinatorScope?.wholeRegion) return 'all';
  return actor.role === 'COORDINATOR' ? (actor.coordinatorScope?.municipalityCodes ?? []) : [];
}
