import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { Clock } from '../clock/clock';
import type { ClientInfo } from '../http/client-info';

export interface AuditEntry {
  action: AuditAction;
  /** Who acted; id null for an unknown address (a failed login) or an anonymous form. */
  actor: { id: string | null; email: string } | null;
  target?: { type: string; id: string; label?: string | null };
  client: ClientInfo | null;
  details?: Record<string, unknown>;
}

type Writer = Pick<Prisma.TransactionClient, 'auditEvent'>;

/** Writes the append-only audit log: who did what, when, from where. */
@Injectable()
export class AuditService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction client when the audited change is written in one, so both land or neither. */
  async record(entry: AuditEntry, tx: Writer = this.prisma.client): Promise<void> {
    await tx.auditEvent.create({ data: this.row(entry, this.clock.now()) });
  }

  /** Many entries in one statement (a bulk import audits every contact it writes). */
  async recordMany(entries: AuditEntry[], tx: Writer = this.prisma.client): Promise<void> {
    if (entries.length === 0) return;
    const at = this.clock.now();
    await tx.auditEvent.createMany({ data: entries.map((entry) => this.row(entry, at)) });
  }

  private row(entry: AuditEntry, at: Date): Prisma.AuditEventCreateManyInput {
    return {
      at,
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor?.email ?? null,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      targetLabel: entry.target?.label ?? null,
      ip: entry.client?.ip ?? null,
      userAgent: entry.client?.userAgent ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonObject,
    };
  }
}
