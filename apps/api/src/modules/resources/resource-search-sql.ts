import type { Sector } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { searchTerms, toPrefixTsQuery } from '../../common/text/search-terms';

/**
 * Free text as a Swedish full-text query over the resources' `search` column: every word must
 * match as the beginning of a word ("handlingsplaner" finds "Handlingsplan" by its stem, "vald"
 * finds "våld" with accents folded as the column folds them). Null when the text holds no word.
 * searchTerms keeps letters and digits only and the query travels as a parameter, so nothing
 * typed reaches tsquery syntax or SQL.
 */
export function resourceTextQuery(text: string | undefined): Prisma.Sql | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return Prisma.sql`to_tsquery('swedish', immutable_unaccent(${toPrefixTsQuery(terms)}))`;
}

/** Conditions on the resources table under the alias `r`; each uses an index of its own. */
export const resourceFilterSql = {
  /** For this municipality, or for the whole region (an empty list). */
  municipality: (code: string) =>
    Prisma.sql`(COALESCE(cardinality(r.municipality_codes), 0) = 0 OR r.municipality_codes && ARRAY[${code}]::varchar(4)[])`,
  /** For this sector, or for every sector (an empty list). */
  sector: (sector: Sector) => Prisma.sql`(COALESCE(cardinality(r.sectors), 0) = 0 OR r.sectors && ARRAY[${sector}::"Sector"])`,
  /** Tagged with the competence of this slug. */
  competence: (slug: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM resource_competences rc JOIN competences c ON c.id = rc.competence_id WHERE rc.resource_id = r.id AND c.slug = ${slug})`,
  language: (language: string) => Prisma.sql`r.language = ${language}`,
};
