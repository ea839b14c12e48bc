import { Injectable } from '@nestjs/common';
import { SECTORS, type Coverage, type CoverageCell, type CoverageQuery } from '@repo/contracts';
import { Clock } from '../../common/clock/clock';
import { isStale } from '../contacts/contacts.mapper';
import { CoverageRepository } from './coverage.repository';

/** Where the network has a named, verified contact, where only stale ones, and where nobody. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly clock: Clock,
  ) {}

  async matrix(query: CoverageQuery): Promise<Coverage> {
    const [municipalities, rows] = await Promise.all([this.coverage.municipalities(), this.coverage.contacts(query.competence)]);
    const now = this.clock.now();
    const cells = new Map<string, CoverageCell>();
    for (const municipality of municipalities) {
      for (const sector of SECTORS) {
        cells.set(`${municipality.code}:${sector}`, { municipality: municipality.code, sector, status: 'vacant', contacts: [] });
      }
    }
    for (const row of rows) {
      const cell = cells.get(`${row.municipality}:${row.sector}`);
      if (!cell) continue;
      const stale = isStale(row.last_verified_at, now);
      cell.contacts.push({ id: row.id, name: row.name, agencyName: row.agency_name, isStale: stale });
      if (!stale) cell.status = 'verified';
      else if (cell.status === 'vacant') cell.status = 'stale';
    }
    return { municipalities, sectors: [...SECTORS], cells: [...cells.values()] };
  }
}
