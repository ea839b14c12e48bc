import { hasPermission } from '@repo/contracts';
import { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AppError } from '../../common/errors/app-error';

/** What the access rules need to know about a resource. */
export interface ResourceAccessFacts {
  visibility: 'NETWORK' | 'OWNER_AGENCY';
  status: 'DRAFT' | 'PUBLISHED';
  ownerAgencyId: string;
}

/** What the access rules need to know about the reader. */
export type ResourceActor = Pick<Actor, 'id' | 'role' | 'agencyId'>;

/**
 * The owner agency's members share and edit its resources; coordinators and admins
 * (resources:manage) edit every resource.
 */
export function canEditResource(actor: ResourceActor, resource: Pick<ResourceAccessFacts, 'ownerAgencyId'>): boolean {
  return (
    hasPermission(actor.role, 'resources:manage') ||
    (hasPermission(actor.role, 'resources:share') && resource.ownerAgencyId === actor.agencyId)
  );
}

/**
 * A published network resource is read by every member. Drafts and owner-agency resources are
 * seen only by those who may edit them.
 */
export function canSeeResource(actor: ResourceActor, resource: ResourceAccessFacts): boolean {
  return (resource.status === 'PUBLISHED' && resource.visibility === 'NETWORK') || canEditResource(actor, resource);
}

/** The resource if the actor may see it; otherwise 404, as if it did not exist. */
export function visibleResourceOr404<T extends ResourceAccessFacts>(actor: ResourceActor, resource: T | null): T {
  if (!resource || !canSeeResource(actor, resource)) throw new AppError('NOT_FOUND', 'There is no such resource.');
  return resource;
}

/** The resource if the actor may change it; 404 if they may not see it, 403 if they only see it. */
export function editableResourceOr403<T extends ResourceAccessFacts>(actor: ResourceActor, resource: T | null): T {
  const visible = visibleResourceOr404(actor, resource);
  if (!canEditResource(actor, visible)) throw new AppError('FORBIDDEN', 'Only the owner agency’s members and the coordinators may change this resource.');
  return visible;
}

/** canSeeResource as a condition on the resources table under the alias `r`, for lists and search. */
export function visibleResourcesSql(actor: ResourceActor): Prisma.Sql {
  if (hasPermission(actor.role, 'resources:manage')) return Prisma.sql`TRUE`;
  return Prisma.sql`((r.status = 'PUBLISHED' AND r.visibility = 'NETWORK') OR r.owner_agency_id = ${actor.agencyId}::uuid)`;
}
