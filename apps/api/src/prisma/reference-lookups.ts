import type { Prisma } from '@repo/db';

type Db = Prisma.TransactionClient;

/** Which of the codes name a municipality of the region. */
export async function knownMunicipalityCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.municipality.findMany({ where: { code: { in: [...codes] } }, select: { code: true } });
  return new Set(rows.map((row) => row.code));
}

/** Which of the ids name a competence area that is not archived. */
export async function currentCompetenceIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.competence.findMany({ where: { id: { in: [...ids] }, archivedAt: null }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}
