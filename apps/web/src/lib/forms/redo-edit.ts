/**
 * Redoing an edit after a 412 (VERSION_CONFLICT): the user's edit laid over what is saved now,
 * and which of their fields that would change.
 */
type FieldValue = string | boolean | null | undefined | readonly string[];

/** Blank is blank however it is written, and a list is the same list in any order. */
function normalized(value: FieldValue): string {
  if (Array.isArray(value)) return JSON.stringify([...(value as readonly string[])].sort());
  if (typeof value === 'boolean') return String(value);
  return ((value as string | null | undefined) ?? '').trim();
}

export function isSameValue(a: FieldValue, b: FieldValue): boolean {
  return normalized(a) === normalized(b);
}

/**
 * The fields the user edited (their value differs from the one the form was opened with) whose
 * value also differs from what is saved now: what saving on top would change, in the order given.
 */
export function editedFields<V extends Record<F, FieldValue>, F extends string>(fields: readonly F[], loaded: V, mine: V, saved: V): F[] {
  return fields.filter((field) => !isSameValue(mine[field], loaded[field]) && !isSameValue(mine[field], saved[field]));
}

/**
 * The user's edit redone on top of what is saved now: the fields they changed keep their values,
 * every other field takes the saved one, so nobody else's change is undone unseen.
 */
export function rebase<V extends Record<F, FieldValue>, F extends string>(fields: readonly F[], loaded: V, mine: V, saved: V): V {
  const result = { ...saved };
  for (const field of fields) {
    if (!isSameValue(mine[field], loaded[field])) result[field] = mine[field];
  }
  return result;
}
