import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { fieldError } from '../../common/errors/app-error';

/** Scores 0–4; 3 means "safely unguessable" against an offline attack on a slow hash. */
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, portal: ['samverkan', 'värmland', 'varmland', 'karlstad', 'extremism'] },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/**
 * Refuses common, breached and easily guessed passwords (zxcvbn's lists of leaked passwords and
 * words, and the user's own name and address). Length is checked by the input schema; there are
 * no composition rules (ASVS V6.2).
 */
export function assertStrongPassword(password: string, field: string, userInputs: string[] = []): void {
  // The whole name and address, and each of their words.
  const words = userInputs.flatMap((input) => [input.toLowerCase(), ...input.toLowerCase().split(/[\s@.]+/)]).filter(Boolean);
  const result = zxcvbn.check(password, words);
  if (result.score >= MIN_SCORE) return;
  const reason = result.feedback.warning ?? 'This password is too easy to guess.';
  throw fieldError(field, 'weak_password', reason);
}
