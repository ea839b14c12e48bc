import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';

export interface RateLimitRule {
  /** Attempts allowed per window. */
  points: number;
  windowMs: number;
}

/** The most attempts a process counts in memory before adding them to the shared bucket. */
const MAX_BATCH = 10;

/** What this process knows of a batched key since it last wrote to the shared bucket. */
interface LocalCount {
  pending: number;
  /** Attempts left in the window at the last write; the next batch is no bigger. */
  remaining: number;
  /** When the window of the last write ends (ms since the epoch); refused until then once over the limit. */
  windowEndsAt: number;
  isBlocked: boolean;
}

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every API process. One atomic
 * upsert per write: no read-then-write race.
 */
@Injectable()
export class RateLimiter {
  private readonly local = new Map<string, LocalCount>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED (429 with Retry-After) once the limit is passed. */
  async consume(key: string, rule: RateLimitRule): Promise<void> {
    const now = this.clock.now();
    const bucket = await this.add(key, 1, rule, now);
    if (bucket.points > rule.points) throw tooMany(bucket.resetAt, now);
  }

  /**
   * The same limit for frequent, cheap attempts (every directory read): counted in memory and
   * written in batches of up to ten, never more than the window has left, so browsing costs no
   * database write per page. Exact within one process; with several, each may let through at
   * most nine more than the limit before the shared count stops it.
   */
  async consumeBatched(key: string, rule: RateLimitRule): Promise<void> {
    const now = this.clock.now();
    let count = this.local.get(key);
    if (!count) {
      count = { pending: 0, remaining: rule.points, windowEndsAt: 0, isBlocked: false };
      this.local.set(key, count);
    }
    if (count.isBlocked && count.windowEndsAt > now.getTime()) throw tooMany(new Date(count.windowEndsAt), now);
    count.pending += 1;
    if (count.pending < Math.min(MAX_BATCH, Math.max(1, count.remaining))) return;
    const attempts = count.pending;
    count.pending = 0;
    const bucket = await this.add(key, attempts, rule, now);
    count.remaining = rule.points - bucket.points;
    count.windowEndsAt = bucket.resetAt.getTime();
    count.isBlocked = bucket.points > rule.points;
    if (count.isBlocked) throw tooMany(bucket.resetAt, now);
  }

  private async add(key: string, attempts: number, rule: RateLimitRule, now: Date): Promise<{ points: number; resetAt: Date }> {
    const resetAt = new Date(now.getTime() + rule.windowMs);
    const [bucket] = await this.prisma.client.$queryRaw<{ points: number; reset_at: Date }[]>`
      INSERT INTO rate_limit_buckets (key, points, reset_at) VALUES (${key}, ${attempts}, ${resetAt})
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN ${attempts} ELSE rate_limit_buckets.points + ${attempts} END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN ${resetAt} ELSE rate_limit_buckets.reset_at END
      RETURNING points, reset_at`;
    return { points: bucket!.points, resetAt: bucket!.reset_at };
  }

  /** Housekeeping by the database's own clock: drops windows that have ended. */
  async sweepExpired(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const [key, count] of this.local) if (count.pending === 0 && count.windowEndsAt <= now) this.local.delete(key);
    await this.prisma.client.$executeRaw`DELETE FROM rate_limit_buckets WHERE reset_at <= now()`;
  }

  /** Forgets the attempts under a key (a successful login clears the account's failures). */
  async reset(key: string): Promise<void> {
    this.local.delete(key);
    await this.prisma.client.rateLimitBucket.deleteMany({ where: { key } });
  }
}

function tooMany(resetAt: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', 'Too many attempts; try again later.', { retryAfterSeconds });
}
