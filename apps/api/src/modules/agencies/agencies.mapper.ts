import type { Agency } from '@repo/contracts';
import { swedishCollator } from '../../common/text/swedish-collator';
import type { AgencyRow } from './agencies.repository';

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    municipalities: row.municipalities
      .map(({ municipality }) => ({ code: municipality.code, name: municipality.name }))
      .sort((a, b) => swedishCollator.compare(a.name, b.name)),
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    city: row.city,
    phone: row.phone,
    email: row.email,
    website: row.website,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
