import type { Actor } from '../../common/access/actor';
import type { AuditEntry } from '../../common/audit/audit.service';
import type { ClientInfo } from '../../common/http/client-info';

/** Who did it to which resource, from where: the common part of every resource audit entry. */
export function resourceAuditParties(actor: Actor, client: ClientInfo, resource: { id: string; title: string }): Pick<AuditEntry, 'actor' | 'target' | 'client'> {
  return { actor: { id: actor.id, email: actor.email }, target: { type: 'resource', id: resource.id, label: resource.title }, client };
}
