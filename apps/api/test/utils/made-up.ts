import { randomBytes } from 'node:crypto';

/** A well-formed id that no row has: the "unknown id" of 404 and not_found tests. */
export const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';

/**
 * A made-up word that no other test's data contains or resembles: random consonants, so neither
 * word-prefix matching, stemming nor trigram similarity links it to another test's word.
 * Searching for it keeps a test to its own rows in the run's shared database.
 */
export function madeUpWord(): string {
  return [...randomBytes(10)].map((byte) => 'bcdfghjklmnpqrstvxz'[byte % 19]).join('');
}
