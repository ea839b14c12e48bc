import { Injectable } from '@nestjs/common';
import { SECTOR_NAMES, SECTORS, type Coverage, type CoverageCell, type CoverageQuery, type CoverageStatus } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { toCsv } from '../../common/csv/csv';
import type { ClientInfo } from '../../common/http/client-info';
import { isStale } from '../contacts/contacts.mapper';
import { CoverageRepository } from './coverage.repository';

/** Where the network has a named, verified contact, where only stale ones, and where nobody. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
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

  /** The matrix as a spreadsheet, one row per cell, for coordinators; audited, as it names people. */
  async exportCsv(actor: Actor, query: CoverageQuery, client: ClientInfo): Promise<string> {
    const coverage = await this.matrix(query);
    const names = new Map(coverage.municipalities.map((m) => [m.code, m.name]));
    const rows = coverage.cells.map((cell) => [
      names.get(cell.municipality) ?? cell.municipality,
      cell.municipality,
      SECTOR_NAMES[cell.sector].sv,
      STATUS_SV[cell.status],
      cell.contacts.map((contact) => `${contact.name} (${contact.agencyName})${contact.isStale ? ' – inaktuell' : ''}`).join(', '),
    ]);
    await this.audit.record({
      action: 'coverage.exported',
      actor: { id: actor.id, email: actor.email },
      client,
      details: { competence: query.competence ?? null, rows: rows.length },
    });
    return toCsv(['Kommun', 'Kommunkod', 'Sektor', 'Status', 'Kontakter'], rows);
  }
}

const STATUS_SV: Record<CoverageStatus, string> = { verified: 'Bekräftad', stale: 'Inaktuell', vacant: 'Saknas' };
