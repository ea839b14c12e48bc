import type { Agency } from '@repo/contracts';
import { swedishCollator } from '../../common/text/swedish-collator';
import type { AgencyRow } from './agencies.repository';

const byName = (a: { name: string }, b: { name: string }) => swedishCollator.compare(a.name, b.name);

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    municipalities: row.municipalities.map(({ municipality }) => ({ code: municipality.code, name: municipality.name })).sort(byName),
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    description: row.description,
    parent: row.parent ? { id: row.parent.id, name: row.parent.name } : null,
    children: row.children.map(({ id, name }) => ({ id, name })).sort(byName),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The agency's coverage as sorted SCB codes: what the rules and the audit log compare. */
export function municipalityCodesOf(row: Pick<AgencyRow, 'municipalities'>): string[] {
  return row.municipalities.map(({ municipality }) => municipality.code).sort();
}
