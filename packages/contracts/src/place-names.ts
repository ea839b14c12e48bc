/** A municipality as the place matcher sees it. */
export interface Place {
  code: string;
  name: string;
}

/** Lower-case with accents and å/ä/ö folded, as people type place names on any keyboard. */
export function foldPlaceName(text: string): string {
  return text.toLocaleLowerCase('sv').normalize('NFD').replace(/\p{M}/gu, '');
}

/** True when b is a within one edit of a: one letter added, dropped, changed, or two swapped. */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Short names only match exactly: one slip in three letters is another word. */
const MIN_LENGTH_FOR_TYPOS = 5;

function foldedNamesPlace(term: string, place: string): boolean {
  if (term === place || term === `${place}s`) return true;
  return place.length >= MIN_LENGTH_FOR_TYPOS && isWithinOneEdit(term, place);
}

/**
 * Whether a word of search text names the place ("arvka" → Arvika, "hammaro" → Hammarö,
 * "karlstads" → Karlstad). Short names ("Kil", "Eda") only as typed (or with a genitive s).
 */
export function namesPlace(word: string, placeName: string): boolean {
  return foldedNamesPlace(foldPlaceName(word), foldPlaceName(placeName));
}

/**
 * Splits search terms into the municipalities they name ("arvka" → Arvika, "hammaro" → Hammarö,
 * "karlstads" → Karlstad) and the rest. A term that names a place becomes a place filter.
 */
export function splitPlaces(terms: string[], places: readonly Place[]): { codes: string[]; rest: string[] } {
  const folded = places.map((place) => ({ code: place.code, name: foldPlaceName(place.name) }));
  const codes: string[] = [];
  const rest: string[] = [];
  for (const term of terms) {
    const foldedTerm = foldPlaceName(term);
    const place = folded.find(({ name }) => name === foldedTerm) ?? folded.find(({ name }) => foldedNamesPlace(foldedTerm, name));
    if (place) codes.push(place.code);
    else rest.push(term);
  }
  return { codes: [...new Set(codes)], rest };
}

/** The search text without the words that name the place; undefined when nothing is left. */
export function withoutPlace(text: string, placeName: string): string | undefined {
  const rest = text.replace(/[\p{L}\p{N}]+/gu, (word) => (namesPlace(word, placeName) ? '' : word));
  return rest.replace(/\s+/g, ' ').trim() || undefined;
}
