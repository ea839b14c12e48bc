import type { Role } from '@repo/contracts';
import { hashPassword, type PrismaClient } from '@repo/db';
import { unique } from './unique';

/** A password that passes the portal's policy; every factory user has it unless told otherwise. */
export const TEST_PASSWORD = 'Fjällräv-Klarälven-2026';

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  password: string;
  isAgencyEditor?: boolean;
  coordinatesWholeRegion?: boolean;
  scopeMunicipalityCodes?: string[];
  /** Base32 TOTP secret: the user has MFA set up. */
  mfaSecret?: string | null;
  disabledAt?: Date | null;
}

export function buildUser(overrides: Partial<UserInput> & Pick<UserInput, 'agencyId'>): UserInput {
  const slug = unique('user');
  return { email: `${slug}@test.example`, name: `Testperson ${slug}`, role: 'MEMBER', password: TEST_PASSWORD, ...overrides };
}

let testPasswordHash: Promise<string> | undefined;

/** Hashing is deliberately slow; the shared test password is hashed once per process. */
function passwordHashOf(password: string): Promise<string> {
  if (password !== TEST_PASSWORD) return hashPassword(password);
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

export async function createUser(
  prisma: Pick<PrismaClient, 'user'>,
  overrides: Partial<UserInput> & Pick<UserInput, 'agencyId'>,
) {
  const { password, scopeMunicipalityCodes = [], ...user } = buildUser(overrides);
  return prisma.user.create({
    data: {
      ...user,
      passwordHash: await passwordHashOf(password),
      scopeMunicipalities: { create: scopeMunicipalityCodes.map((municipalityCode) => ({ municipalityCode })) },
    },
    select: { id: true, email: true, name: true, role: true, agencyId: true, version: true },
  });
}
