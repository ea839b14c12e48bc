import type { Sector } from '@repo/contracts';
import { Prisma } from '@repo/db';

/**
 * Whom an event is for, as conditions on the events table under the alias `e`. An empty target
 * list means everyone; the columns are nullable arrays, and NULL means everyone too. Overlap (&&)
 * uses the GIN indexes on both columns.
 */
function targetsEveryone(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE(cardinality(${column}), 0) = 0`;
}

/** For any of these municipalities (a varchar(4)[] expression), or for the whole region. */
export function targetsMunicipalitiesSql(codes: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${targetsEveryone(Prisma.sql`e.target_municipality_codes`)} OR e.target_municipality_codes && ${codes})`;
}

/** For any of these sectors (a "Sector"[] expression), or for every sector. */
export function targetsSectorsSql(sectors: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${targetsEveryone(Prisma.sql`e.target_sectors`)} OR e.target_sectors && ${sectors})`;
}

/** For this municipality, or for the whole region. */
export function targetsMunicipalitySql(code: string): Prisma.Sql {
  return targetsMunicipalitiesSql(Prisma.sql`ARRAY[${code}]::varchar(4)[]`);
}

/** For this sector, or for every sector. */
export function targetsSectorSql(sector: Sector): Prisma.Sql {
  return targetsSectorsSql(Prisma.sql`ARRAY[${sector}::"Sector"]`);
}
