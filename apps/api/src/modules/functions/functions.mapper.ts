import type { AgencyFunction } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { isAway } from '../contacts/contacts.mapper';

const PERSON = { select: { id: true, name: true, awayUntil: true } } as const;

export const FUNCTION_SELECT = {
  id: true,
  name: true,
  kind: true,
  mailbox: true,
  phone: true,
  version: true,
  updatedAt: true,
  agency: { select: { id: true, name: true, municipalities: { select: { municipalityCode: true } } } },
  holder: PERSON,
  deputy: PERSON,
} satisfies Prisma.AgencyFunctionSelect;

export const FUNCTION_WITH_HISTORY_SELECT = {
  ...FUNCTION_SELECT,
  handovers: {
    select: { at: true, fromHolder: true, toHolder: true, fromDeputy: true, toDeputy: true, byLabel: true, note: true },
    orderBy: { at: 'desc' },
  },
} satisfies Prisma.AgencyFunctionSelect;

export type FunctionRow = Prisma.AgencyFunctionGetPayload<{ select: typeof FUNCTION_SELECT }>;
export type FunctionWithHistoryRow = Prisma.AgencyFunctionGetPayload<{ select: typeof FUNCTION_WITH_HISTORY_SELECT }>;

function person(row: FunctionRow['holder'], now: Date) {
  return row ? { id: row.id, name: row.name, isAway: isAway(row.awayUntil, now), awayUntil: row.awayUntil?.toISOString().slice(0, 10) ?? null } : null;
}

export function toFunctionSummary(row: FunctionRow, now: Date): Omit<AgencyFunction, 'history'> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    agency: { id: row.agency.id, name: row.agency.name },
    mailbox: row.mailbox,
    phone: row.phone,
    holder: person(row.holder, now),
    deputy: person(row.deputy, now),
    isVacant: row.holder === null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toFunction(row: FunctionWithHistoryRow, now: Date): AgencyFunction {
  return {
    ...toFunctionSummary(row, now),
    history: row.handovers.map(({ at, byLabel, ...entry }) => ({ ...entry, at: at.toISOString(), by: byLabel })),
  };
}
