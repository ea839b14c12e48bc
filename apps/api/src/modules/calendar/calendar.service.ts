import { Inject, Injectable } from '@nestjs/common';
import { hasPermission, type NetworkFeedQuery } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { RateLimiter, type RateLimitRule } from '../../common/rate-limit/rate-limiter.service';
import { calendarFeedReadsRule } from '../../common/rate-limit/rate-limits';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { canSeeEvent } from '../events/event-access';
import { CalendarRepository, type FeedOwner, type FeedSelection, type FeedSignature } from './calendar.repository';
import { attachmentDisposition } from './calendar.mapper';
import { acceptsGzip, FeedBodyCache, matchesIfNoneMatch, type CachedFeed } from './feed-body-cache';
import { FEED_NAMES, renderCalendar } from './ical-render';

/** Feeds keep the recent past: what happened in the last three months stays in the calendar. */
const FEED_PAST_DAYS = 90;
const DAY_MS = 86_400_000;
/** Room for fifty or so rendered feeds of a thousand events each (plain and gzipped). */
const CACHE_BYTES = 128 * 1024 * 1024;
/**
 * How long a feed's signature is trusted before the database is asked again. Calendar apps keep a
 * feed for minutes (max-age=300), so two seconds behind a change is invisible to them, while a
 * crowd polling the same feed at once costs one signature query instead of one each.
 */
export const SIGNATURE_TTL_MS = 2_000;
const MAX_SIGNATURES = 10_000;

export interface IcsDownload {
  contentDisposition: string;
  body: string;
}

export interface FeedAnswer {
  /** Null when the client's copy (If-None-Match) is current: answer 304 without a body. */
  body: string | Buffer | null;
  etag: string;
  contentEncoding: 'gzip' | null;
}

/** What the calendar app said about its copy and what it can read. */
export interface FeedRequest {
  ifNoneMatch?: string;
  acceptEncoding?: string;
}

const UNKNOWN_FEED = 'There is no such calendar feed.';

@Injectable()
export class CalendarService {
  private readonly publicUrl: string;
  private readonly feedReads: RateLimitRule;
  private readonly cache = new FeedBodyCache(CACHE_BYTES);
  /** Pending or known signatures: requests arriving together share one query. */
  private readonly signatures = new Map<string, { signature: Promise<FeedSignature>; expiresAt: number }>();
  /** Feeds being rendered: requests arriving together share one rendering. */
  private readonly rendering = new Map<string, Promise<CachedFeed>>();

  constructor(
    private readonly repository: CalendarRepository,
    private readonly rateLimiter: RateLimiter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = config.PUBLIC_URL;
    this.feedReads = calendarFeedReadsRule(config.CALENDAR_FEED_READS_PER_10_MIN);
  }

  /** One event as an .ics file; an event the actor may not see does not exist for them. */
  async eventIcs(actor: Actor, eventId: string): Promise<IcsDownload> {
    const found = await this.repository.findEvent(eventId);
    if (!found || !canSeeEvent(actor, found.access)) throw new AppError('NOT_FOUND', 'There is no such event.');
    return { contentDisposition: attachmentDisposition(found.row.title), body: renderCalendar({ events: [found.row], publicUrl: this.publicUrl }) };
  }

  async personalFeed(token: string, request: FeedRequest): Promise<FeedAnswer> {
    return this.feed(token, { kind: 'personal' }, request);
  }

  async networkFeed(token: string, query: NetworkFeedQuery, request: FeedRequest): Promise<FeedAnswer> {
    return this.feed(token, { kind: 'network', municipality: query.municipality, sector: query.sector }, request);
  }

  /**
   * A feed as its owner may see it now (their current role and agency). A revoked or unknown
   * address and a disabled owner get the same 404, at once: the address is looked up every time.
   * The rendered body is reused while the signature of its rows is unchanged, whoever asks: the
   * signature pins every event, version and waitlist state the body shows.
   */
  private async feed(token: string, selection: FeedSelection, request: FeedRequest): Promise<FeedAnswer> {
    const owner = await this.repository.findFeedOwner(token);
    if (!owner || !hasPermission(owner.role, 'calendar:subscribe')) throw new AppError('NOT_FOUND', UNKNOWN_FEED);
    await this.rateLimiter.consumeBatched(`calendar-feed:${owner.tokenId}`, this.feedReads);

    const now = this.clock.now().getTime();
    const endsAfter = new Date(now - FEED_PAST_DAYS * DAY_MS);
    const selectionKey = selection.kind === 'network' ? `network:${selection.municipality ?? ''}:${selection.sector ?? ''}` : 'personal';
    const signature = await this.signature(owner, selection, selectionKey, endsAfter, now);
    const key = `${selectionKey}|${signature.count}|${signature.fingerprint}`;
    const cached = this.cache.get(key) ?? (await this.renderOnce(key, owner, selection, endsAfter));
    const isGzip = acceptsGzip(request.acceptEncoding);
    const etag = isGzip ? cached.gzipEtag : cached.etag;
    // Either ETag means the same events, whichever encoding the client had it in.
    const isCurrent = matchesIfNoneMatch(request.ifNoneMatch, [cached.etag, cached.gzipEtag]);
    return { body: isCurrent ? null : isGzip ? cached.gzipped : cached.body, etag, contentEncoding: isGzip ? 'gzip' : null };
  }

  /** The feed's signature, reused for SIGNATURE_TTL_MS by the same owner with the same role and agency. */
  private async signature(owner: FeedOwner, selection: FeedSelection, selectionKey: string, endsAfter: Date, now: number): Promise<FeedSignature> {
    const key = `${owner.id}|${owner.role}|${owner.agencyId}|${selectionKey}`;
    const known = this.signatures.get(key);
    if (known && known.expiresAt > now) return known.signature;
    if (this.signatures.size >= MAX_SIGNATURES) {
      for (const [stale, entry] of this.signatures) if (entry.expiresAt <= now) this.signatures.delete(stale);
      if (this.signatures.size >= MAX_SIGNATURES) this.signatures.clear();
    }
    const signature = this.repository.feedSignature(owner, selection, endsAfter);
    this.signatures.set(key, { signature, expiresAt: now + SIGNATURE_TTL_MS });
    try {
      return await signature;
    } catch (error) {
      // A failed query is not kept: the next request asks again.
      if (this.signatures.get(key)?.signature === signature) this.signatures.delete(key);
      throw error;
    }
  }

  private async renderOnce(key: string, owner: FeedOwner, selection: FeedSelection, endsAfter: Date): Promise<CachedFeed> {
    const pending = this.rendering.get(key);
    if (pending) return pending;
    const rendered = this.render(owner, selection, endsAfter).then((body) => this.cache.set(key, body));
    this.rendering.set(key, rendered);
    try {
      return await rendered;
    } finally {
      this.rendering.delete(key);
    }
  }

  private async render(owner: FeedOwner, selection: FeedSelection, endsAfter: Date): Promise<string> {
    const events = await this.repository.feedEvents(owner, selection, endsAfter);
    return renderCalendar({ name: FEED_NAMES[selection.kind], events, publicUrl: this.publicUrl });
  }
}
