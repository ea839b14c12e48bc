import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api-client';

/**
 * The form field a validation issue from the API belongs to: ["body", "password"] and
 * ["password"] both mean the field "password". A nested path lands on the deepest field that
 * holds it ("coordinatorScope.municipalityCodes.0" on "coordinatorScope.municipalityCodes"); an
 * issue about a group ("coordinatorScope") lands on the field inside it.
 */
export function issueField<F extends string>(path: readonly (string | number)[], fields: readonly F[]): F | undefined {
  const parts = path[0] === 'body' ? path.slice(1) : path;
  for (let length = parts.length; length > 0; length -= 1) {
    const prefix = parts.slice(0, length).join('.');
    const field = fields.find((candidate) => candidate === prefix);
    if (field) return field;
  }
  if (parts.length === 0) return undefined;
  const whole = parts.join('.');
  return fields.find((field) => field.startsWith(`${whole}.`));
}

/**
 * Puts the field-level problems of a VALIDATION_FAILED answer on the matching form fields.
 * Returns whether any landed, so the form can focus the first one; the rest stay in the
 * general error message.
 */
export function applyApiFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return false;
  let first = true;
  for (const issue of error.issues) {
    const field = issueField(issue.path, fields);
    if (!field) continue;
    setError(field, { type: issue.code, message: issue.message }, { shouldFocus: first });
    first = false;
  }
  return !first;
}
