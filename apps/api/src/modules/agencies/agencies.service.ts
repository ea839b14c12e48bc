import { Injectable } from '@nestjs/common';
import type { Agency, AgencyListQuery, AgencyNameList, AgencyPage } from '@repo/contracts';
import { AppError } from '../../common/errors/app-error';
import { toAgency } from './agencies.mapper';
import { AgenciesRepository } from './agencies.repository';

@Injectable()
export class AgenciesService {
  constructor(private readonly agencies: AgenciesRepository) {}

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
}
