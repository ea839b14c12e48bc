import {
  type Coverage,
  type CoverageCell,
  type CoverageStatus,
  FUNCTION_KIND_NAMES,
  type KeyFunctionCell,
  type KeyFunctionKind,
  type Sector,
  SECTOR_NAMES,
} from '@repo/contracts';
import type { Language } from '../../lib/i18n';

/** A column of the coverage overview: a sector, or one of the key functions. */
export type CoverageColumn = { type: 'sector'; sector: Sector } | { type: 'keyFunction'; kind: KeyFunctionKind };

/** What stands in one municipality × column. */
export type ColumnCell = { type: 'sector'; cell: CoverageCell } | { type: 'keyFunction'; cell: KeyFunctionCell };

export function columnId(column: CoverageColumn): string {
  return column.type === 'sector' ? `sector:${column.sector}` : `function:${column.kind}`;
}

export function columnLabel(column: CoverageColumn, language: Language): string {
  return column.type === 'sector' ? SECTOR_NAMES[column.sector][language] : FUNCTION_KIND_NAMES[column.kind][language];
}

/** The sectors, then the key functions, as the matrix shows them. */
export function coverageColumns(coverage: Coverage): { sectors: CoverageColumn[]; keyFunctions: CoverageColumn[] } {
  return {
    sectors: coverage.sectors.map((sector) => ({ type: 'sector', sector })),
    keyFunctions: coverage.keyFunctions.map((kind) => ({ type: 'keyFunction', kind })),
  };
}

/** Looks up the cell of a municipality × column. */
export function coverageLookup(coverage: Coverage): (municipality: string, column: CoverageColumn) => ColumnCell | undefined {
  const cells = new Map<string, ColumnCell>();
  for (const cell of coverage.cells) cells.set(`${cell.municipality}|sector:${cell.sector}`, { type: 'sector', cell });
  for (const cell of coverage.keyFunctionCells) cells.set(`${cell.municipality}|function:${cell.kind}`, { type: 'keyFunction', cell });
  return (municipality, column) => cells.get(`${municipality}|${columnId(column)}`);
}

export function cellStatus(cell: ColumnCell | undefined): CoverageStatus {
  return cell?.cell.status ?? 'vacant';
}

export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['verified', 'stale', 'vacant'];
