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
  if (actor.role === 'ADMIN' || actor.coordinatorScope?.wholeRegion) return;
  const own = actor.coordinatorScope?.municipalityCodes ?? [];
  if (scope.wholeRegion || scope.municipalityCodes.some((code) => !own.includes(code))) {
    throw new AppError('FORBIDDEN', 'You can only hand out a scope within your own municipalities.');
  }
}
