import type { SearchQuery } from '@repo/contracts';
import { Prisma } from '@repo/db';

/** What the search statement needs beyond the query: the free text split into words and places. */
export interface SearchSqlInput {
  query: SearchQuery;
  /** Words to match as text (letters and digits only; see searchTerms). */
  terms: string[];
  /** Municipalities the free text named; entries must cover one of them. */
  placeCodes: string[];
}

/**
 * Names are also looked up by resemblance (a typo in a name), but only while the words
 * themselves find fewer than this many entries: a slip finds the person, a common word does not
 * drown in look-alikes.
 */
const FUZZY_BELOW = 10;

/** "avhopp:*A & kil:*A": each word as a prefix, optionally only in the given weights. */
function prefixQuery(terms: string[], weights = ''): string {
  return terms.map((term) => `${term}:*${weights}`).join(' & ');
}

const tsQuery = (terms: string[], weights = '') => Prisma.sql`to_tsquery('swedish', immutable_unaccent(${prefixQuery(terms, weights)}))`;

/**
 * Each word, or up to three words of the directory's names that it resembles ("lindqvst" →
 * lindqvist | lindqvst…), all of which must match: a name found despite a typo in any word.
 */
function lookAlikeQuery(terms: string[], weights = ''): Prisma.Sql {
  const label = weights ? `:${weights}` : '';
  return Prisma.sql`(
    SELECT to_tsquery('swedish', string_agg('(' || coalesce(alike.words, quote_literal(folded.term) || ${label}) || ')', ' & '))
    FROM unnest(${terms}::text[]) AS typed(term)
    CROSS JOIN LATERAL (SELECT lower(immutable_unaccent(typed.term)) AS term) folded
    CROSS JOIN LATERAL (
      SELECT string_agg(quote_literal(w.word) || ${label}, ' | ') AS words
      FROM (SELECT word FROM directory_words WHERE word % folded.term ORDER BY similarity(word, folded.term) DESC, word LIMIT 3) w
    ) alike
  )`;
}

const COLUMNS = Prisma.sql`e.entry_type, e.entry_id, e.title, e.agency_id, e.sector, e.municipality_codes, e.facet_keys`;

/**
 * The one statement behind GET /api/search: one page of directory entries, ranked, with the
 * total and the facet counts, and each item's display details. Matching runs on the
 * directory_entries indexes (GIN over the weighted tsvector and the facet arrays) and, for typos,
 * the trigram index over the words of the names (directory_words).
 *
 * Ranking, best first: the exact name; the name; a function the person holds; a competence; any
 * other text (the same for names found despite a typo). Then local before regional, then Swedish
 * alphabetical order. Only the page is sorted in full
 * (top-N); the total and the facets read the matches once.
 */
export function searchSql({ query, terms, placeCodes }: SearchSqlInput): Prisma.Sql {
  const filters: Prisma.Sql[] = [];
  if (query.sector) filters.push(Prisma.sql`e.sector = ${query.sector}::"Sector"`);
  if (query.municipality) filters.push(Prisma.sql`e.municipality_codes @> ARRAY[${query.municipality}]::varchar(4)[]`);
  if (query.competence) filters.push(Prisma.sql`e.competence_slugs @> ARRAY[${query.competence}]::text[]`);
  if (query.function) filters.push(Prisma.sql`e.function_kinds @> ARRAY[${query.function}]::text[]`);
  if (query.language) filters.push(Prisma.sql`e.languages @> ARRAY[${query.language}]::text[]`);
  if (placeCodes.length > 0) filters.push(Prisma.sql`e.municipality_codes && ${placeCodes}::varchar(4)[]`);
  const and = (more: Prisma.Sql[]) => {
    const all = [...filters, ...more];
    return all.length > 0 ? Prisma.sql`WHERE ${Prisma.join(all, ' AND ')}` : Prisma.empty;
  };

  let found: Prisma.Sql;
  if (terms.length > 0) {
    const text = Prisma.sql`lower(immutable_unaccent(${terms.join(' ')}))`;
    // The exact name; the name; a seat held; a competence; other text.
    const tierOf = (query: (weights: string) => Prisma.Sql) => Prisma.sql`CASE
      WHEN e.title_norm = ${text} THEN 4
      WHEN e.doc @@ ${query('A')} THEN 3
      WHEN e.doc @@ ${query('AB')} THEN 2
      WHEN e.doc @@ ${query('ABC')} THEN 1
      ELSE 0 END`;
    found = Prisma.sql`
      by_words AS MATERIALIZED (
        SELECT ${COLUMNS}, ${tierOf((weights) => tsQuery(terms, weights))} AS tier
        FROM directory_entries e ${and([Prisma.sql`e.doc @@ ${tsQuery(terms)}`])}
      ),
      by_resemblance AS (
        SELECT ${COLUMNS}, ${tierOf((weights) => lookAlikeQuery(terms, weights))} AS tier
        FROM directory_entries e
        ${and([Prisma.sql`e.doc @@ ${lookAlikeQuery(terms)}`, Prisma.sql`NOT e.doc @@ ${tsQuery(terms)}`])}
          AND (SELECT count(*) FROM by_words) < ${FUZZY_BELOW}
      ),
      found AS MATERIALIZED (SELECT * FROM by_words UNION ALL SELECT * FROM by_resemblance)`;
  } else {
    found = Prisma.sql`found AS MATERIALIZED (SELECT ${COLUMNS}, 0 AS tier FROM directory_entries e ${and([])})`;
  }
  const ofType = query.type ? Prisma.sql`WHERE entry_type = ${query.type}` : Prisma.empty;

  return Prisma.sql`
    WITH ${found},
    matched AS (SELECT * FROM found ${ofType}),
    ranked AS (
      SELECT m.entry_type, m.entry_id, m.title, m.agency_id, m.sector, m.municipality_codes, m.tier
      FROM matched m
      ORDER BY m.tier DESC, cardinality(m.municipality_codes), m.title COLLATE "sv-SE-x-icu", m.entry_id
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    ),
    page AS (
      SELECT r.*, row_number() OVER (
        ORDER BY r.tier DESC, cardinality(r.municipality_codes), r.title COLLATE "sv-SE-x-icu", r.entry_id) AS ord
      FROM ranked r
    ),
    items AS (
      SELECT p.ord, p.entry_type AS type, p.entry_id AS id, p.title, p.sector, p.municipality_codes AS "municipalityCodes",
        json_build_object('id', a.id, 'name', a.name) AS agency,
        CASE p.entry_type
          WHEN 'contact' THEN json_build_object(
            'jobTitle', c.title, 'email', c.email, 'phone', c.phone, 'awayUntil', c.away_until,
            'lastVerifiedAt', c.last_verified_at,
            'standIn', (
              SELECT json_build_object('id', d.id, 'name', d.name, 'email', d.email, 'phone', d.phone,
                                       'awayUntil', d.away_until, 'functionId', sf.id, 'functionName', sf.name)
              FROM functions sf JOIN contacts d ON d.id = sf.deputy_id AND d.archived_at IS NULL
              WHERE sf.holder_id = c.id AND sf.archived_at IS NULL
              ORDER BY sf.name, sf.id LIMIT 1))
          WHEN 'function' THEN json_build_object(
            'kind', f.kind, 'mailbox', f.mailbox, 'phone', f.phone,
            'holder', CASE WHEN h.id IS NULL THEN NULL ELSE json_build_object(
              'id', h.id, 'name', h.name, 'email', h.email, 'phone', h.phone, 'awayUntil', h.away_until) END,
            'deputy', CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object(
              'id', d.id, 'name', d.name, 'email', d.email, 'phone', d.phone, 'awayUntil', d.away_until) END)
          ELSE json_build_object('city', a.city, 'email', a.email, 'phone', a.phone)
        END AS details
      FROM page p
      JOIN agencies a ON a.id = p.agency_id
      LEFT JOIN contacts c ON p.entry_type = 'contact' AND c.id = p.entry_id
      LEFT JOIN functions f ON p.entry_type = 'function' AND f.id = p.entry_id
      LEFT JOIN contacts h ON h.id = f.holder_id AND h.archived_at IS NULL
      LEFT JOIN contacts d ON d.id = f.deputy_id AND d.archived_at IS NULL
    ),
    facets AS (
      SELECT 'type:' || entry_type AS key, count(*)::int AS n FROM found GROUP BY 1
      UNION ALL SELECT key, count(*)::int FROM matched, unnest(facet_keys) key GROUP BY 1
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_agg(i ORDER BY i.ord), '[]'::json) FROM items i) AS items,
      (SELECT coalesce(json_agg(json_build_array(key, n) ORDER BY n DESC, key), '[]'::json) FROM facets) AS facets`;
}
