import { COUNTERPART_LIMIT, type CounterpartQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';

export interface CounterpartSqlInput {
  query: CounterpartQuery;
  /** Verified on or after this instant counts as current. */
  staleBefore: Date;
  /** Today in Europe/Stockholm (YYYY-MM-DD): someone away until today is still away. */
  today: string;
}

/**
 * The counterpart finder's statement: contacts who cover the municipality and match the need,
 * ranked as designated seat holders, then people with the competence, then regional contacts
 * (those covering the whole county); within each, verified before stale and present before away.
 * For a function the designated are the holders of a seat of that kind; for a competence, the
 * holders of any seat who have it.
 */
export function counterpartsSql({ query, staleBefore, today }: CounterpartSqlInput): Prisma.Sql {
  const need = query.function
    ? Prisma.sql`e.function_kinds @> ARRAY[${query.function}]::text[]`
    : Prisma.sql`e.competence_slugs @> ARRAY[${query.competence ?? ''}]::text[]`;
  const sector = query.sector ? Prisma.sql`AND e.sector = ${query.sector}::"Sector"` : Prisma.empty;
  const seatKind = query.function ? Prisma.sql`AND s.kind = ${query.function}::"FunctionKind"` : Prisma.empty;

  return Prisma.sql`
    WITH county AS (
      SELECT count(*)::int AS size FROM municipalities
      WHERE region_code = (SELECT region_code FROM municipalities WHERE code = ${query.municipality})
    ),
    found AS (
      SELECT e.entry_id,
        CASE
          WHEN cardinality(e.municipality_codes) >= (SELECT size FROM county) THEN 'regional'
          WHEN cardinality(e.function_kinds) > 0 THEN 'designated'
          ELSE 'competence'
        END AS reason
      FROM directory_entries e
      WHERE e.entry_type = 'contact' AND e.municipality_codes @> ARRAY[${query.municipality}]::varchar(4)[] AND ${need} ${sector}
    )
    SELECT c.id, c.name, c.title AS "jobTitle", c.email, c.phone, c.away_until::text AS "awayUntil",
      c.last_verified_at AS "lastVerifiedAt", f.reason,
      json_build_object('id', a.id, 'name', a.name) AS agency,
      seat.seat, seat.stand_in AS "standIn"
    FROM found f
    JOIN contacts c ON c.id = f.entry_id
    JOIN agencies a ON a.id = c.agency_id
    LEFT JOIN LATERAL (
      SELECT json_build_object('id', s.id, 'name', s.name) AS seat,
        CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object(
          'id', d.id, 'name', d.name, 'email', d.email, 'phone', d.phone, 'awayUntil', d.away_until,
          'functionId', s.id, 'functionName', s.name) END AS stand_in
      FROM functions s LEFT JOIN contacts d ON d.id = s.deputy_id AND d.archived_at IS NULL
      WHERE s.holder_id = c.id AND s.archived_at IS NULL ${seatKind}
      ORDER BY (d.id IS NULL), s.name, s.id
      LIMIT 1
    ) seat ON true
    ORDER BY
      CASE f.reason WHEN 'designated' THEN 0 WHEN 'competence' THEN 1 ELSE 2 END,
      (c.last_verified_at IS NOT NULL AND c.last_verified_at >= ${staleBefore}) DESC,
      (c.away_until IS NULL OR c.away_until < ${today}::date) DESC,
      c.name COLLATE "sv-SE-x-icu", c.id
    LIMIT ${COUNTERPART_LIMIT}`;
}
