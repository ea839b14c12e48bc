import type { CalendarFeeds } from '@repo/contracts';
import { eventFileSlug } from '../events/event-file-slug';
import type { ActiveFeedToken } from './calendar.repository';

/** The addresses calendar apps subscribe to; nulls when the user has none. */
export function toCalendarFeeds(publicUrl: string, token: ActiveFeedToken | null): CalendarFeeds {
  if (!token) return { createdAt: null, personalUrl: null, networkUrl: null };
  const base = `${publicUrl}/api/calendar/feeds/${token.token}`;
  return { createdAt: token.createdAt.toISOString(), personalUrl: `${base}/personal.ics`, networkUrl: `${base}/network.ics` };
}

/**
 * The .ics file's name: the title in plain ASCII for every browser ("Nätverksträff: SSPF i Kil" →
 * "natverkstraff-sspf-i-kil.ics"), and the title itself for those that read filename*.
 */
export function icsFileNames(title: string): { ascii: string; utf8: string } {
  // eslint-disable-next-line no-control-regex
  const readable = title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return { ascii: `${eventFileSlug(title, 80)}.ics`, utf8: `${readable || 'evenemang'}.ics` };
}

/** Content-Disposition for a download, with an RFC 6266 filename* for the non-ASCII name. */
export function attachmentDisposition(title: string): string {
  const names = icsFileNames(title);
  const encoded = encodeURIComponent(names.utf8).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${names.ascii}"; filename*=UTF-8''${encoded}`;
}
