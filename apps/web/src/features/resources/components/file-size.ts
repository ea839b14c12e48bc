import type { Language } from '../../../lib/i18n';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const UNITS = ['kB', 'MB', 'GB'] as const;
const STEP = 1024;

/**
 * "1,2 MB" (sv) or "1.2 MB" (en): one decimal below ten, whole numbers above, in steps of 1024 so
 * that the upload limit (25 × 1024 × 1024 bytes) reads "25 MB". A no-break space keeps the number
 * and its unit on one line.
 */
export function formatFileSize(bytes: number, language: Language = 'sv'): string {
  if (bytes < STEP) {
    const number = new Intl.NumberFormat(LOCALES[language]).format(bytes);
    return `${number}\u00a0${language === 'en' && bytes !== 1 ? 'bytes' : 'byte'}`;
  }
  let value = bytes / STEP;
  let unit = 0;
  // Step up when the rounded number would be written 1024 or more ("1 024 kB" is "1,0 MB").
  while (unit < UNITS.length - 1 && round(value) >= STEP) {
    value /= STEP;
    unit += 1;
  }
  const number = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: value < 10 ? 1 : 0, minimumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  return `${number}\u00a0${UNITS[unit]}`;
}

function round(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
}
