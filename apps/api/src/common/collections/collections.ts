/** The values without repeats, in the order first seen. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The record without its undefined fields: what a partial update writes. */
export function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
