import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';
import { Clock } from '../clock/clock';
import { AppError } from '../errors/app-error';

export interface RateLimitRule {
  /** Attempts allowed per window. */
  points: number;
  windowMs: number;
}

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every API process. One atomic
 * upsert per attempt: no read-then-write race.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED (429 with Retry-After) once the limit is passed. */
  async consume(key: string, rule: RateLimitRule): Promise<void> {
    const now = this.clock.now();
    const resetAt = new Date(now.getTime() + rule.windowMs);
    const [bucket] = await this.prisma.client.$queryRaw<{ points: number; reset_at: Date }[]>`
      INSERT INTO rate_limit_buckets (key, points, reset_at) VALUES (${key}, 1, ${resetAt})
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN 1 ELSE rate_limit_buckets.points + 1 END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= ${now} THEN ${resetAt} ELSE rate_limit_buckets.reset_at END
      RETURNING points, reset_at`;
    if (bucket && bucket.points > rule.points) {
      const retryAfterSeconds = Math.max(1, Math.ceil((bucket.reset_at.getTime() - now.getTime()) / 1000));
      throw new AppError('RATE_LIMITED', 'Too many attempts; try again later.', { retryAfterSeconds });
    }
  }

  /** Housekeeping by the database's own clock: drops windows that have ended. */
  async sweepExpired(): Promise<void> {
    await this.prisma.client.$executeRaw`DELETE FROM rate_limit_buckets WHERE reset_at <= now()`;
  }

  /** Forgets the attempts under a key (a successful login clears the account's failures). */
  async reset(key: string): Promise<void> {
    await this.prisma.client.rateLimitBucket.deleteMany({ where: { key } });
  }
}
