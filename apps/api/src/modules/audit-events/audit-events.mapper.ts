import { AuditActionSchema, type AuditEvent } from '@repo/contracts';
import type { Prisma } from '@repo/db';

export const AUDIT_EVENT_SELECT = {
  id: true,
  at: true,
  action: true,
  actorId: true,
  actorLabel: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  ip: true,
  details: true,
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    ...row,
    at: row.at.toISOString(),
    action: AuditActionSchema.parse(row.action),
    details: typeof row.details === 'object' && row.details !== null && !Array.isArray(row.details) ? row.details : {},
  };
}
