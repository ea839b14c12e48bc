import type { Prisma, PrismaClient } from '@repo/db';
import { unique } from './unique';

export interface ContactInput {
  agencyId: string;
  name?: string;
  title?: string | null;
  email?: string | null;
  userId?: string | null;
  municipalityCodes?: string[];
  lastVerifiedAt?: Date | null;
  awayUntil?: Date | null;
  askMeAbout?: string | null;
  languages?: string[];
  competenceIds?: string[];
}

/** Persists a contact of the roster (verified now unless told otherwise). */
export async function createContact(prisma: Pick<PrismaClient, 'contact'>, { municipalityCodes = [], competenceIds = [], ...input }: ContactInput) {
  const slug = unique('contact');
  return prisma.contact.create({
    data: {
      name: `Kontakt ${slug}`,
      email: `${slug}@test.example`,
      lastVerifiedAt: new Date(),
      ...input,
      municipalities: { create: municipalityCodes.map((municipalityCode) => ({ municipalityCode })) },
      competences: { create: competenceIds.map((competenceId) => ({ competenceId })) },
    },
    select: { id: true, name: true, version: true, agencyId: true },
  });
}

export interface FunctionInput {
  agencyId: string;
  name?: string;
  holderId?: string | null;
  deputyId?: string | null;
  mailbox?: string | null;
  kind?: Prisma.AgencyFunctionUncheckedCreateInput['kind'];
}

export async function createFunction(prisma: Pick<PrismaClient, 'agencyFunction'>, input: FunctionInput) {
  return prisma.agencyFunction.create({
    data: { name: `Samordnare ${unique('funktion')}`, ...input },
    select: { id: true, name: true, version: true, agencyId: true },
  });
}
