const MAX_TERMS = 8;

/**
 * Splits free text into search terms: letters and digits only (any script), lower-cased, at most
 * eight. What remains is safe to place in a tsquery, so user input never reaches its syntax.
 */
export function searchTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms = text.toLocaleLowerCase('sv').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** "social tjänst" → "social:* & tjänst:*": every term must match, each as a word prefix. */
export function toPrefixTsQuery(terms: string[]): string {
  return terms.map((term) => `${term}:*`).join(' & ');
}
