import { Injectable } from '@nestjs/common';
import type { Agency, AgencyListQuery, AgencyNameList, AgencyPage, UpdateAgencyInput } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { canEditAgencyRoster } from '../../common/access/roster-access';
import { AuditService } from '../../common/audit/audit.service';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { PrismaService } from '../../prisma/prisma.service';
import { toAgency } from './agencies.mapper';
import { AgenciesRepository } from './agencies.repository';

@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgenciesRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async list(query: AgencyListQuery): Promise<AgencyPage> {
    const { rows, total } = await this.agencies.search(query);
    return { items: rows.map(toAgency), total, page: query.page, pageSize: query.pageSize };
  }

  async names(): Promise<AgencyNameList> {
    return { items: await this.agencies.listNames() };
  }

  async get(id: string): Promise<Agency> {
    const row = await this.agencies.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'There is no agency with this id.');
    return toAgency(row);
  }

  async update(actor: Actor, id: string, input: UpdateAgencyInput, client: ClientInfo): Promise<Agency> {
    const current = await this.agencies.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'There is no agency with this id.');
    if (!canEditAgencyRoster(actor, { id, municipalityCodes: current.municipalities.map(({ municipality }) => municipality.code) })) {
      throw new AppError('FORBIDDEN', 'Only the agency’s editors and the coordinators of its municipalities may change it.');
    }
    const { version, ...changes } = input;
    const changed = Object.fromEntries(
      Object.entries(changes).filter(([field, value]) => value !== undefined && value !== current[field as keyof typeof changes]),
    );
    const row = await this.prisma.client.$transaction(async (tx) => {
      const updated = await this.agencies.updateIfVersion(id, version, changed, tx);
      if (!updated) throw new AppError('VERSION_CONFLICT', 'Someone changed this agency since you loaded it; reload and redo your edit.', { currentVersion: current.version });
      await this.audit.record(
        {
          action: 'agency.updated',
          actor: { id: actor.id, email: actor.email },
          target: { type: 'agency', id, label: current.name },
          client,
          details: { changes: Object.fromEntries(Object.entries(changed).map(([field, to]) => [field, { from: current[field as keyof typeof changes], to }])) },
        },
        tx,
      );
      return updated;
    });
    return toAgency(row);
  }
}
