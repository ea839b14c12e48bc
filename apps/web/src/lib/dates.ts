/** Dates and times as Swedes read them: Europe/Stockholm, 24-hour clock, ISO weeks. */
export const TIME_ZONE = 'Europe/Stockholm';

type Language = 'sv' | 'en';
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

const toDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/** The calendar date in Stockholm: { year, month (1–12), day }. */
export function stockholmDate(value: Date | string): { year: number; month: number; day: number } {
  const parts = formatter('en', { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(toDate(value));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** "2026-11-24", whatever the language. */
export function formatDate(value: Date | string): string {
  const { year, month, day } = stockholmDate(value);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "24 november 2026" (sv) or "24 November 2026" (en). */
export function formatLongDate(value: Date | string, language: Language = 'sv'): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value));
}

/** "14:05", 24-hour clock. */
export function formatTime(value: Date | string): string {
  return formatter('sv', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/** "2026-11-24 14:05". */
export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** ISO 8601 week number of the Stockholm calendar date (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(value: Date | string): number {
  const { year, month, day } = stockholmDate(value);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** "v. 48" (sv) or "week 48" (en). */
export function weekLabel(value: Date | string, language: Language = 'sv'): string {
  return language === 'sv' ? `v. ${isoWeek(value)}` : `week ${isoWeek(value)}`;
}
