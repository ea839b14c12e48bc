import { Injectable } from '@nestjs/common';
import type { HistoryQuery, HistoryTargetType } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';

export const HISTORY_EVENT_SELECT = { id: true, at: true, action: true, actorId: true, actorLabel: true, details: true } satisfies Prisma.AuditEventSelect;
export type HistoryEventRow = Prisma.AuditEventGetPayload<{ select: typeof HISTORY_EVENT_SELECT }>;

/** The names the history shows instead of ids, codes and slugs. */
export interface HistoryNames {
  users: Map<string, string>;
  agencies: Map<string, string>;
  municipalities: Map<string, string>;
  competences: Map<string, { sv: string; en: string }>;
}

@Injectable()
export class HistoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Whether the record exists at all; archived ones keep their history. */
  async exists(type: HistoryTargetType, id: string): Promise<boolean> {
    const where = { where: { id }, select: { id: true } } as const;
    const row =
      type === 'agency'
        ? await this.prisma.client.agency.findUnique(where)
        : type === 'contact'
          ? await this.prisma.client.contact.findUnique(where)
          : await this.prisma.client.agencyFunction.findUnique(where);
    return row !== null;
  }

  /** One page of the record's audit events, newest first (index on target_id, at). */
  async events(type: HistoryTargetType, id: string, query: HistoryQuery): Promise<{ rows: HistoryEventRow[]; total: number }> {
    const where: Prisma.AuditEventWhereInput = { targetId: id, targetType: type };
    const [rows, total] = await Promise.all([
      this.prisma.client.auditEvent.findMany({
        where,
        select: HISTORY_EVENT_SELECT,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.client.auditEvent.count({ where }),
    ]);
    return { rows, total };
  }

  async names(refs: { userIds: string[]; agencyIds: string[]; municipalityCodes: string[]; competenceSlugs: string[] }): Promise<HistoryNames> {
    const [users, agencies, municipalities, competences] = await Promise.all([
      refs.userIds.length > 0 ? this.prisma.client.user.findMany({ where: { id: { in: refs.userIds } }, select: { id: true, name: true } }) : [],
      refs.agencyIds.length > 0 ? this.prisma.client.agency.findMany({ where: { id: { in: refs.agencyIds } }, select: { id: true, name: true } }) : [],
      refs.municipalityCodes.length > 0
        ? this.prisma.client.municipality.findMany({ where: { code: { in: refs.municipalityCodes } }, select: { code: true, name: true } })
        : [],
      refs.competenceSlugs.length > 0
        ? this.prisma.client.competence.findMany({ where: { slug: { in: refs.competenceSlugs } }, select: { slug: true, nameSv: true, nameEn: true } })
        : [],
    ]);
    return {
      users: new Map(users.map((row) => [row.id, row.name])),
      agencies: new Map(agencies.map((row) => [row.id, row.name])),
      municipalities: new Map(municipalities.map((row) => [row.code, row.name])),
      competences: new Map(competences.map((row) => [row.slug, { sv: row.nameSv, en: row.nameEn }])),
    };
  }
}
