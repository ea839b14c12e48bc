import type { Option } from '../components/form-fields';

/**
 * Languages professionals in Värmland work in besides Swedish: English, the larger immigrant
 * languages, the national minority languages, and Swedish sign language (ISO 639 codes).
 */
export const LANGUAGE_CODES = [
  'sv', 'en', 'ar', 'so', 'ti', 'fa', 'prs', 'ps', 'ku', 'tr', 'bs', 'hr', 'sr', 'pl', 'ru', 'uk', 'de', 'fr', 'es',
  'th', 'fi', 'fit', 'se', 'rom', 'yi', 'swl',
] as const;

/** Names the browsers' language data lacks. */
const OWN_NAMES: Record<string, { sv: string; en: string }> = {
  swl: { sv: 'svenskt teckenspråk', en: 'Swedish Sign Language' },
};

const displayNames = new Map<string, Intl.DisplayNames>();

/** "arabiska" (sv) or "Arabic" (en); the code itself where the browser has no name for it. */
export function languageName(code: string, language: 'sv' | 'en'): string {
  const own = OWN_NAMES[code];
  if (own) return own[language];
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language === 'en' ? 'en-GB' : 'sv-SE'], { type: 'language', fallback: 'code' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** The usual languages and any other the contact already has, by name in the user's language. */
export function languageOptions(language: 'sv' | 'en', current: readonly string[] = []): Option[] {
  const collator = new Intl.Collator(language === 'en' ? 'en-GB' : 'sv-SE');
  const codes = [...new Set<string>([...LANGUAGE_CODES, ...current])];
  return codes.map((code) => ({ id: code, label: languageName(code, language) })).sort((a, b) => collator.compare(a.label, b.label));
}
