import type { ContactSelfUpdateInput } from '@repo/contracts';
import { isSameValue } from '../../../lib/forms/redo-edit';

/** What a contact may change through the link (the form's fields). */
export type Fields = Omit<ContactSelfUpdateInput, 'token' | 'version'>;
export const SELF_UPDATE_FIELDS = ['title', 'phone', 'askMeAbout', 'languages', 'competenceSlugs', 'awayUntil'] as const satisfies readonly (keyof Fields)[];
const TEXT_FIELDS: readonly (keyof Fields)[] = ['title', 'phone', 'askMeAbout'];

/**
 * The fields the user changed, compared with what the form loaded, as the API takes them: an
 * emptied text field becomes null (the value is removed). Only these are sent, so a change
 * someone else made meanwhile to another field is not overwritten.
 */
export function changedFields(values: Partial<Fields>, loaded: Readonly<Partial<Record<keyof Fields, unknown>>>): Partial<Fields> {
  const changes: Partial<Record<keyof Fields, unknown>> = {};
  for (const field of SELF_UPDATE_FIELDS) {
    if (isSameValue(values[field], loaded[field] as Fields[typeof field])) continue;
    changes[field] = TEXT_FIELDS.includes(field) && values[field] === '' ? null : values[field];
  }
  return changes as Partial<Fields>;
}
