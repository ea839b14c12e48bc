import { Injectable } from '@nestjs/common';
import { STALE_AFTER_DAYS, VERIFICATION_QUEUE_AFTER_DAYS, VERIFICATION_REMINDER_AFTER_DAYS } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';

type Db = Prisma.TransactionClient;

const DAY_MS = 86_400_000;

/** The steps of the freshness loop, in the order a sweep takes them. */
export const FRESHNESS_STEPS = ['request', 'remind', 'queue', 'queueUnreachable'] as const;
export type FreshnessStep = (typeof FRESHNESS_STEPS)[number];

/** A contact claimed for a step of the loop, with what its mail needs. */
export interface ClaimedContact {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  agencyName: string;
  lastVerifiedAt: Date | null;
}

export interface QueueRow {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  agencyId: string;
  agencyName: string;
  lastVerifiedAt: Date | null;
  verificationRequestedAt: Date | null;
  verificationRemindedAt: Date | null;
  verificationQueuedAt: Date;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Not verified for STALE_AFTER_DAYS (or never), as contacts.mapper isStale() has it. */
const isStale = (now: Date) => Prisma.sql`(c.last_verified_at IS NULL OR c.last_verified_at < ${daysBefore(now, STALE_AFTER_DAYS)})`;
const hasEmail = Prisma.sql`(c.email IS NOT NULL AND btrim(c.email) <> '')`;

/**
 * A step of the loop taken since the contact was last verified. Verifying clears the fields, but a
 * verification written by another path (an import, say) may not: a time from before it counts as
 * never, so a contact that goes stale again starts the loop from the beginning.
 */
const since = (column: 'verification_requested_at' | 'verification_reminded_at' | 'verification_queued_at') => {
  const field = Prisma.raw(`c.${column}`);
  return Prisma.sql`(${field} IS NOT NULL AND (c.last_verified_at IS NULL OR ${field} > c.last_verified_at))`;
};

/** Which contacts are due for each step at `now`, and what taking the step writes. */
function stepSql(step: FreshnessStep, now: Date): { due: Prisma.Sql; set: Prisma.Sql } {
  switch (step) {
    case 'request':
      return {
        due: Prisma.sql`${isStale(now)} AND ${hasEmail} AND NOT ${since('verification_requested_at')}`,
        set: Prisma.sql`verification_requested_at = ${now}, verification_reminded_at = NULL, verification_queued_at = NULL`,
      };
    case 'remind':
      return {
        due: Prisma.sql`${isStale(now)} AND ${hasEmail} AND ${since('verification_requested_at')}
          AND c.verification_requested_at <= ${daysBefore(now, VERIFICATION_REMINDER_AFTER_DAYS)}
          AND (c.verification_reminded_at IS NULL OR c.verification_reminded_at < c.verification_requested_at)`,
        set: Prisma.sql`verification_reminded_at = ${now}`,
      };
    case 'queue':
      return {
        due: Prisma.sql`${isStale(now)} AND ${since('verification_requested_at')}
          AND c.verification_reminded_at >= c.verification_requested_at
          AND c.verification_reminded_at <= ${daysBefore(now, VERIFICATION_QUEUE_AFTER_DAYS)}
          AND NOT ${since('verification_queued_at')}`,
        set: Prisma.sql`verification_queued_at = ${now}`,
      };
    case 'queueUnreachable':
      // Nobody to mail: straight to the coordinators.
      return {
        due: Prisma.sql`${isStale(now)} AND NOT ${hasEmail} AND NOT ${since('verification_queued_at')}`,
        set: Prisma.sql`verification_queued_at = ${now}`,
      };
  }
}

/** In the coordinators' queue: queued in this round of the loop, and still stale. */
const isQueued = (now: Date) => Prisma.sql`c.archived_at IS NULL AND ${isStale(now)} AND ${since('verification_queued_at')}`;

const inScope = (scope: 'all' | readonly string[]) =>
  scope === 'all'
    ? Prisma.empty
    : Prisma.sql`AND EXISTS (SELECT 1 FROM agency_municipalities am WHERE am.agency_id = c.agency_id AND am.municipality_code = ANY(${[...scope]}::text[]))`;

@Injectable()
export class FreshnessRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Takes the next contact due for a step and writes the step, inside the caller's transaction.
   * The row stays locked until that transaction ends, and SKIP LOCKED passes over rows another
   * sweep holds; once it commits they no longer match. So two sweeps, in one process or two,
   * never take the same step for the same contact. Null when none is left.
   */
  async claimNext(tx: Db, step: FreshnessStep, now: Date, skipIds: readonly string[]): Promise<ClaimedContact | null> {
    const { due, set } = stepSql(step, now);
    const [row] = await tx.$queryRaw<ClaimedContact[]>`
      UPDATE contacts AS target SET ${set}
      FROM agencies AS a
      WHERE a.id = target.agency_id AND target.id = (
        SELECT c.id FROM contacts c
        WHERE c.archived_at IS NULL AND ${due} AND NOT (c.id = ANY(${[...skipIds]}::uuid[]))
        ORDER BY c.last_verified_at ASC NULLS FIRST, c.id
        LIMIT 1
        FOR UPDATE OF c SKIP LOCKED
      )
      RETURNING target.id, target.name, target.title, target.email, a.name AS "agencyName", target.last_verified_at AS "lastVerifiedAt"`;
    return row ?? null;
  }

  async createToken(tx: Db, contactId: string, tokenHash: string, createdAt: Date, expiresAt: Date): Promise<void> {
    await tx.contactVerificationToken.create({ data: { contactId, tokenHash, createdAt, expiresAt } });
  }

  /** Links past their last day are of no use to anyone; a lookup of one answers as for an unknown link. */
  async deleteExpiredTokens(now: Date): Promise<number> {
    const { count } = await this.prisma.client.contactVerificationToken.deleteMany({ where: { expiresAt: { lt: now } } });
    return count;
  }

  /** The queue within a coordinator's municipalities (agencies covering one of them), longest waiting first. */
  async queue(scope: 'all' | readonly string[], now: Date, page: number, pageSize: number): Promise<{ rows: QueueRow[]; total: number }> {
    const where = Prisma.sql`${isQueued(now)} ${inScope(scope)}`;
    // The page and the count run side by side on separate pool connections.
    const [rows, [count]] = await Promise.all([
      this.prisma.client.$queryRaw<QueueRow[]>`
        SELECT c.id, c.name, c.title, c.email, c.phone, a.id AS "agencyId", a.name AS "agencyName",
          c.last_verified_at AS "lastVerifiedAt", c.verification_requested_at AS "verificationRequestedAt",
          c.verification_reminded_at AS "verificationRemindedAt", c.verification_queued_at AS "verificationQueuedAt"
        FROM contacts c JOIN agencies a ON a.id = c.agency_id
        WHERE ${where}
        ORDER BY c.verification_queued_at ASC, c.name ASC, c.id ASC
        OFFSET ${(page - 1) * pageSize} LIMIT ${pageSize}`,
      this.prisma.client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM contacts c WHERE ${where}`,
    ]);
    return { rows, total: count?.total ?? 0 };
  }
}
