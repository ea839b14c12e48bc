import type { SearchQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { visibleResourcesSql, type ResourceActor } from '../resources/resource-access';
import { resourceFilterSql } from '../resources/resource-search-sql';

/** How many resources the directory's results show; the library lists the rest. */
export const RESOURCE_GROUP_SIZE = 5;

/**
 * The resources group of GET /api/search: the published resources the reader may see that match
 * the text query and the filters the resources share with the directory, best ranked first, with
 * their total.
 */
export function resourceGroupSql(reader: ResourceActor, query: SearchQuery, text: Prisma.Sql): Prisma.Sql {
  const conditions = [Prisma.sql`r.status = 'PUBLISHED'`, visibleResourcesSql(reader), Prisma.sql`r.search @@ ${text}`];
  if (query.municipality) conditions.push(resourceFilterSql.municipality(query.municipality));
  if (query.sector) conditions.push(resourceFilterSql.sector(query.sector));
  if (query.competence) conditions.push(resourceFilterSql.competence(query.competence));
  if (query.language) conditions.push(resourceFilterSql.language(query.language));
  return Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT r.id, r.title, r.kind, r.language, r.owner_agency_id, r.published_at, ts_rank(r.search, ${text}) AS rank
      FROM resources r
      WHERE ${Prisma.join(conditions, ' AND ')}
    ),
    best AS (SELECT * FROM matched ORDER BY rank DESC, published_at DESC, id LIMIT ${RESOURCE_GROUP_SIZE})
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(json_build_object(
          'id', b.id, 'title', b.title, 'kind', b.kind, 'language', b.language,
          'ownerAgency', json_build_object('id', a.id, 'name', a.name))
        ORDER BY b.rank DESC, b.published_at DESC, b.id), '[]'::json)
       FROM best b JOIN agencies a ON a.id = b.owner_agency_id) AS items`;
}
