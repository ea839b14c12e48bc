/** What the page links to and what it shows, for a resource's address. */
export interface ResourceLinkTarget {
  href: string;
  text: string;
  isMail: boolean;
}

/**
 * Only https: and mailto: addresses become links (the API refuses others, but a row written before
 * that rule, or by hand, must not turn into a javascript: link). A mail address is shown without
 * its "mailto:".
 */
export function resourceLinkTarget(value: string | null): ResourceLinkTarget | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return { href: url.href, text: value.trim(), isMail: false };
  if (url.protocol === 'mailto:' && url.pathname.includes('@')) {
    return { href: url.href, text: decoded(url.pathname), isMail: true };
  }
  return null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
