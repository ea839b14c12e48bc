import type { Prisma } from '@repo/db';
import { fieldError } from '../../common/errors/app-error';

export interface AgencyRef {
  id: string;
  name: string;
  municipalityCodes: string[];
}

/**
 * The agency an input names (an invitation, a join request, a new contact or function), with the
 * municipalities that decide who may act on it; an unknown id is a 400 on the agencyId field, and
 * so is an archived agency, which takes nothing new.
 */
export async function findNamedAgency(db: Pick<Prisma.TransactionClient, 'agency'>, agencyId: string): Promise<AgencyRef> {
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: { id: true, name: true, archivedAt: true, municipalities: { select: { municipalityCode: true } } },
  });
  if (!agency) throw fieldError('agencyId', 'not_found', 'There is no such organisation.');
  if (agency.archivedAt) throw fieldError('agencyId', 'archived', 'That organisation is archived.');
  return { id: agency.id, name: agency.name, municipalityCodes: agency.municipalities.map((row) => row.municipalityCode) };
}
