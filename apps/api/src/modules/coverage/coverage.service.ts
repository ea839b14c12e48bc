import { Injectable } from '@nestjs/common';
import {
  FUNCTION_KIND_NAMES,
  KEY_FUNCTION_KINDS,
  SECTOR_NAMES,
  SECTORS,
  type Coverage,
  type CoverageCell,
  type CoverageQuery,
  type CoverageStatus,
  type KeyFunctionCell,
} from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { toCsv } from '../../common/csv/csv';
import type { ClientInfo } from '../../common/http/client-info';
import { isAway, isStale } from '../contacts/contacts.mapper';
import { CoverageRepository, type KeyFunctionRow } from './coverage.repository';

type Seat = KeyFunctionCell['functions'][number];

/** Where the network has a named, verified contact, where only stale ones, and where nobody. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly coverage: CoverageRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async matrix(query: CoverageQuery): Promise<Coverage> {
    const [municipalities, rows, seats] = await Promise.all([
      this.coverage.municipalities(),
      this.coverage.contacts(query.competence),
      this.coverage.keyFunctions(),
    ]);
    const now = this.clock.now();
    const cells = new Map<string, CoverageCell>();
    const keyFunctionCells = new Map<string, KeyFunctionCell>();
    for (const municipality of municipalities) {
      for (const sector of SECTORS) {
        cells.set(`${municipality.code}:${sector}`, { municipality: municipality.code, sector, status: 'vacant', contacts: [] });
      }
      for (const kind of KEY_FUNCTION_KINDS) {
        keyFunctionCells.set(`${municipality.code}:${kind}`, { municipality: municipality.code, kind, status: 'vacant', functions: [] });
      }
    }
    for (const row of rows) {
      const cell = cells.get(`${row.municipality}:${row.sector}`);
      if (!cell) continue;
      const stale = isStale(row.last_verified_at, now);
      cell.contacts.push({ id: row.id, name: row.name, agencyName: row.agency_name, isStale: stale });
      cell.status = mergeStatus(cell.status, stale);
    }
    for (const row of seats) {
      const cell = keyFunctionCells.get(`${row.municipality}:${row.kind}`);
      if (!cell) continue;
      const seat = toSeat(row, now);
      cell.functions.push(seat);
      if (seat.holder) cell.status = mergeStatus(cell.status, seat.holder.isStale);
    }
    for (const cell of keyFunctionCells.values()) {
      // A vacant seat of a police area covering several municipalities would otherwise appear in each
      // of them; where someone holds a seat, those are the names that matter.
      if (cell.functions.some((seat) => seat.holder)) cell.functions = cell.functions.filter((seat) => seat.holder);
    }
    return {
      municipalities,
      sectors: [...SECTORS],
      cells: [...cells.values()],
      keyFunctions: [...KEY_FUNCTION_KINDS],
      keyFunctionCells: [...keyFunctionCells.values()],
    };
  }

  /** The matrix as a spreadsheet, one row per cell, for coordinators; audited, as it names people. */
  async exportCsv(actor: Actor, query: CoverageQuery, client: ClientInfo): Promise<string> {
    const coverage = await this.matrix(query);
    // Per municipality its sectors, then its key functions, as the matrix reads.
    const rows = coverage.municipalities.flatMap(({ code, name }) => [
      ...coverage.cells.filter((cell) => cell.municipality === code).map((cell) => [
        name,
        code,
        SECTOR_NAMES[cell.sector].sv,
        STATUS_SV[cell.status],
        cell.contacts.map((contact) => `${contact.name} (${contact.agencyName})${contact.isStale ? ' – inaktuell' : ''}`).join(', '),
      ]),
      ...coverage.keyFunctionCells.filter((cell) => cell.municipality === code).map((cell) => [
        name,
        code,
        FUNCTION_KIND_NAMES[cell.kind].sv,
        STATUS_SV[cell.status],
        cell.functions.map(describeSeat).join(', '),
      ]),
    ]);
    await this.audit.record({
      action: 'coverage.exported',
      actor: { id: actor.id, email: actor.email },
      client,
      details: { competence: query.competence ?? null, rows: rows.length },
    });
    return toCsv(['Kommun', 'Kommunkod', 'Sektor eller nyckelfunktion', 'Status', 'Kontakter'], rows);
  }
}

/** A verified name makes a cell verified; a stale one makes an empty cell stale. */
function mergeStatus(status: CoverageStatus, isStaleName: boolean): CoverageStatus {
  if (!isStaleName) return 'verified';
  return status === 'vacant' ? 'stale' : status;
}

function toSeat(row: KeyFunctionRow, now: Date): Seat {
  const holder =
    row.holder_id === null
      ? null
      : { id: row.holder_id, name: row.holder_name ?? '', isStale: isStale(row.holder_verified_at, now), isAway: isAway(row.holder_away_until, now) };
  // The deputy matters while the holder is away: they are the one to call.
  const deputy =
    holder?.isAway && row.deputy_id !== null ? { id: row.deputy_id, name: row.deputy_name ?? '', isStale: isStale(row.deputy_verified_at, now) } : null;
  return { id: row.id, name: row.name, agencyName: row.agency_name, holder, deputy };
}

function describeSeat(seat: Seat): string {
  const where = `${seat.name} (${seat.agencyName})`;
  if (!seat.holder) return `${where}: vakant`;
  const holder = `${seat.holder.name}${seat.holder.isStale ? ' – inaktuell' : ''}`;
  if (!seat.holder.isAway) return `${where}: ${holder}`;
  const deputy = seat.deputy ? `ersättare ${seat.deputy.name}${seat.deputy.isStale ? ' – inaktuell' : ''}` : 'ingen ersättare';
  return `${where}: ${holder} (frånvarande; ${deputy})`;
}

const STATUS_SV: Record<CoverageStatus, string> = { verified: 'Bekräftad', stale: 'Inaktuell', vacant: 'Saknas' };
