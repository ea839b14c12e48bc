/** One field's change as the audit log records it: details.changes[field] = { from, to }. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Lists (municipalities, competences, languages) are sets: order and repeats carry no meaning. */
function comparable(value: unknown): unknown {
  return Array.isArray(value) ? [...new Set(value.map(String))].sort() : (value ?? null);
}

/**
 * The fields of `after` that differ from `before`, with both values, for the audit entry of an
 * update. Fields absent from `after` (undefined) were not part of the edit and are skipped.
 */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const from = comparable(before[field]);
    const to = comparable(value);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
