import type { Actor } from './actor';
import { isInScope } from './scope';

/**
 * Who may change an agency's roster (its details, contacts and functions): administrators, the
 * coordinators of a municipality it covers, and the agency's own editors.
 */
export function canEditAgencyRoster(actor: Actor, agency: { id: string; municipalityCodes: readonly string[] }): boolean {
  return (actor.isAgencyEditor && actor.agencyId === agency.id) || isInScope(actor, agency.municipalityCodes);
}
