import { Injectable } from '@nestjs/common';
import type { AuditEventPage, AuditListQuery } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { stockholmDayEnd, stockholmDayStart } from '../../common/time/stockholm';
import { PrismaService } from '../../prisma/prisma.service';
import { AUDIT_EVENT_SELECT, toAuditEvent } from './audit-events.mapper';

@Injectable()
export class AuditEventsService {
  constructor(private readonly prisma: PrismaService) {}

  /** Newest first, filtered by actor, action and days in Swedish time. */
  async list(query: AuditListQuery): Promise<AuditEventPage> {
    const where: Prisma.AuditEventWhereInput = {
      ...(query.actor ? { actorLabel: { contains: query.actor, mode: 'insensitive' } } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.from || query.to
        ? { at: { ...(query.from ? { gte: stockholmDayStart(query.from) } : {}), ...(query.to ? { lt: stockholmDayEnd(query.to) } : {}) } }
        : {}),
    };
    // The page and the count are two queries on separate pool connections, run side by side.
    const [rows, total] = await Promise.all([
      this.prisma.client.auditEvent.findMany({
        where,
        select: AUDIT_EVENT_SELECT,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.client.auditEvent.count({ where }),
    ]);
    return { items: rows.map(toAuditEvent), total, page: query.page, pageSize: query.pageSize };
  }
}
