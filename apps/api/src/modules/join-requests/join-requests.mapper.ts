import type { JoinRequest } from '@repo/contracts';
import type { Prisma } from '@repo/db';

export const JOIN_REQUEST_SELECT = {
  id: true,
  name: true,
  email: true,
  function: true,
  reason: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  agency: { select: { id: true, name: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.JoinRequestSelect;

export type JoinRequestRow = Prisma.JoinRequestGetPayload<{ select: typeof JOIN_REQUEST_SELECT }>;

export function toJoinRequest(row: JoinRequestRow): JoinRequest {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    agency: row.agency,
    function: row.function,
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy?.name ?? null,
  };
}
