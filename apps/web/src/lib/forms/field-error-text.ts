import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';

/** How a field's problem is worded: the contracts' messages are for developers, in English. */
export type FieldKind = 'text' | 'email' | 'password' | 'newPassword' | 'choice' | 'code' | 'scope';

function numberIn(message: string | undefined): number | undefined {
  const match = message?.match(/\d+/);
  return match ? Number(match[0]) : undefined;
}

/** The user's-language text for a field error from the zod schema or from the API. */
export function fieldErrorText(t: TFunction, error: Pick<FieldError, 'type' | 'message'>, kind: FieldKind = 'text'): string {
  const type = String(error.type);
  // Codes of the API's own checks.
  if (type === 'weak_password') return t('validation.weakPassword');
  if (type === 'wrong_password') return t('validation.wrongPassword');
  if (type === 'invalid_scope' || kind === 'scope') return t('validation.scope');
  if (type === 'not_found') return t('validation.choose');
  if (type === 'required' || (type === 'too_small' && numberIn(error.message) === undefined)) {
    return kind === 'choice' ? t('validation.choose') : t('validation.required');
  }
  if (kind === 'choice') return t('validation.choose');
  if (type === 'too_small') {
    if (kind === 'code') return t('validation.code');
    return t('validation.minLength', { count: numberIn(error.message) });
  }
  if (type === 'too_big') return t('validation.maxLength', { count: numberIn(error.message) });
  if (kind === 'email') return t('validation.email');
  if (kind === 'code') return t('validation.code');
  // The API refuses common and guessable passwords with an issue of its own kind.
  if (kind === 'newPassword') return t('validation.weakPassword');
  return t('validation.invalid');
}
