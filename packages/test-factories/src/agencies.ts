import type { Sector } from '@repo/contracts';
import type { PrismaClient } from '@repo/db';
import { unique } from './unique';

export interface AgencyInput {
  name: string;
  sector: Sector;
  municipalityCodes: string[];
  streetAddress?: string | null;
  postalCode?: string | null;
  city?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  description?: string | null;
}

/** A valid agency as plain data; pass overrides for what the test is about. */
export function buildAgency(overrides: Partial<AgencyInput> = {}): AgencyInput {
  const slug = unique('agency');
  return {
    name: `Testmyndighet ${slug}`,
    sector: 'SOCIAL_SERVICES',
    municipalityCodes: ['1780'],
    email: `${slug}@test.example`,
    ...overrides,
  };
}

/** Persists an agency (with the municipalities it covers) and returns its id. */
export async function createAgency(prisma: Pick<PrismaClient, 'agency'>, overrides: Partial<AgencyInput> = {}) {
  const { municipalityCodes, ...agency } = buildAgency(overrides);
  return prisma.agency.create({
    data: {
      ...agency,
      municipalities: { create: municipalityCodes.map((municipalityCode) => ({ municipalityCode })) },
    },
    select: { id: true, name: true, sector: true, version: true },
  });
}
