import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONTACT_VERIFICATION_VALID_DAYS, type AuditAction } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { hashToken, randomToken } from '../../common/crypto/tokens';
import { MailService } from '../../common/mail/mail.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { freshnessMails } from './freshness-mails';
import { FRESHNESS_STEPS, FreshnessRepository, type ClaimedContact, type FreshnessStep } from './freshness.repository';

/** The pg-boss queue of the daily sweep; also named in the audit entries it writes. */
export const ROSTER_FRESHNESS_JOB = 'roster-freshness';

/** How many contacts a sweep moved through each step. */
export type SweepResult = Record<FreshnessStep, number> & { failed: number; expiredLinksDeleted: number };

const AUDIT_ACTION: Record<FreshnessStep, AuditAction> = {
  request: 'contact.verification_requested',
  remind: 'contact.verification_reminded',
  queue: 'contact.verification_queued',
  queueUnreachable: 'contact.verification_queued',
};

/** A step that mails may wait on SMTP; the row stays locked meanwhile. */
const STEP_TIMEOUT_MS = 30_000;

/**
 * The freshness loop (issue 4, item 8): stale contacts are asked by mail whether their details
 * still hold, reminded after two weeks, and handed to the coordinators' verification queue two
 * weeks after that. The daily job runs sweep(); running it again, or in two processes at once,
 * takes no step twice.
 */
@Injectable()
export class FreshnessService {
  private readonly logger = new Logger('Freshness');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly freshness: FreshnessRepository,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const result: SweepResult = { request: 0, remind: 0, queue: 0, queueUnreachable: 0, failed: 0, expiredLinksDeleted: 0 };
    result.expiredLinksDeleted = await this.freshness.deleteExpiredTokens(now);
    for (const step of FRESHNESS_STEPS) {
      const { done, failed } = await this.takeStep(step, now);
      result[step] = done;
      result.failed += failed;
    }
    return result;
  }

  /**
   * One transaction per contact: claim the row, write the link and the audit entry, send the mail.
   * If the mail cannot be sent, nothing of it is kept and the next sweep tries again; a contact
   * that fails is passed over for the rest of this sweep.
   */
  private async takeStep(step: FreshnessStep, now: Date): Promise<{ done: number; failed: number }> {
    const failedIds: string[] = [];
    let done = 0;
    for (;;) {
      // Set inside the transaction, read when it fails: which contact to pass over.
      const claim: { id?: string } = {};
      try {
        const contact = await this.prisma.client.$transaction(
          async (tx) => {
            const claimed = await this.freshness.claimNext(tx, step, now, failedIds);
            if (!claimed) return null;
            claim.id = claimed.id;
            const details = step === 'queueUnreachable' ? { job: ROSTER_FRESHNESS_JOB, reason: 'no_email' } : { job: ROSTER_FRESHNESS_JOB };
            await this.audit.record(
              { action: AUDIT_ACTION[step], actor: null, target: { type: 'contact', id: claimed.id, label: claimed.name }, client: null, details },
              tx,
            );
            if (step === 'request' || step === 'remind') await this.mailLink(tx, step, claimed, now);
            return claimed;
          },
          { timeout: STEP_TIMEOUT_MS },
        );
        if (!contact) return { done, failed: failedIds.length };
        done += 1;
      } catch (error) {
        if (!claim.id) throw error;
        failedIds.push(claim.id);
        this.logger.error({ err: error, contactId: claim.id, step }, 'Freshness step failed; the next sweep tries again');
      }
    }
  }

  /** A fresh single-use link for each mail; only its hash is stored. */
  private async mailLink(tx: Prisma.TransactionClient, step: 'request' | 'remind', contact: ClaimedContact, now: Date): Promise<void> {
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + CONTACT_VERIFICATION_VALID_DAYS * 86_400_000);
    await this.freshness.createToken(tx, contact.id, hashToken(token), now, expiresAt);
    const input = { ...contact, link: `${this.config.PUBLIC_URL}/verify-contact#token=${token}` };
    // The claim selects only contacts with an address.
    const to = contact.email!.trim();
    await this.mail.send(step === 'request' ? freshnessMails.verificationRequest(to, input) : freshnessMails.verificationReminder(to, input));
  }
}
