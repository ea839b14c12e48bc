import type { CoordinatorScope } from '@repo/contracts';
import { AppError, fieldError } from '../errors/app-error';
import type { Actor } from './actor';

export function invalidScope(message: string): AppError {
  return fieldError('coordinatorScope', 'invalid_scope', message);
}

/**
 * A coordinator scope someone hands out must be well formed and lie within their own: a
 * coordinator for Kil cannot appoint a coordinator for the whole region.
 */
export function assertScopeWithin(actor: Pick<Actor, 'role' | 'coordinatorScope'>, scope: CoordinatorScope): void {
  if (!scope.wholeRegion && scope.municipalityCodes.length === 0) {
    throw invalidScope('A coordinator needs a scope: the whole region or at least one municipality.');
  }
  if (!isScopeWithin(actor, scope)) throw new AppError('FORBIDDEN', 'You can only hand out a scope within your own municipalities.');
}

/** Whether a scope lies entirely within what the actor may act on. */
export function isScopeWithin(actor: Pick<Actor, 'role' | 'coordinatorScope'>, scope: CoordinatorScope): boolean {
  if (actor.role === 'ADMIN' || actor.coordinatorScope?.wholeRegion) return true;
  const own = actor.coordinatorScope?.municipalityCodes ?? [];
  return !scope.wholeRegion && scope.municipalityCodes.every((code) => own.includes(code));
}
