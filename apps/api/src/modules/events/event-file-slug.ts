/**
 * An event's title as a safe ASCII file-name part, for downloads: "Nätverksträff i Åmål!" →
 * "natverkstraff-i-amal". Never empty, at most maxLength characters, no hyphen at either end.
 */
export function eventFileSlug(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'evenemang';
}
