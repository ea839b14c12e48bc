import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { MailService } from '../../common/mail/mail.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { eventPageUrl } from '../events/event-notifier';
import { eventReminderMails } from './event-reminder-mails';
import { EventRemindersRepository, type ClaimedReminder } from './event-reminders.repository';

/** The pg-boss queue of the reminder sweep; also named in the audit entries it writes. */
export const EVENT_REMINDERS_JOB = 'event-reminders';

/** How many reminders a sweep sent, and how many it could not send (the next sweep tries them again). */
export interface ReminderSweepResult {
  sent: number;
  failed: number;
}

/** A reminder may wait on SMTP; the registration stays locked meanwhile. */
const REMINDER_TIMEOUT_MS = 30_000;

/**
 * The 24-hour reminders (issue 5, item 5): each registered participant is mailed once, a day
 * before the start. The job runs sweep() every quarter of an hour; running it again, or in two
 * processes at once, sends nobody a second reminder. When an event's time changes, the events
 * module clears remindedAt, so the reminder goes out again for the new time.
 */
@Injectable()
export class EventRemindersService {
  private readonly logger = new Logger('EventReminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly reminders: EventRemindersRepository,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * One transaction per registration: claim it, audit, send the mail, commit. The mail goes out
   * before the commit so that the claim holds its lock until it is sent: a reminder that cannot be
   * sent rolls its claim back and the next sweep tries again, and no other sweep can take it
   * meanwhile. (A commit failing after the send would repeat one reminder; the other order would
   * lose it.) A registration that fails is passed over for the rest of this sweep.
   */
  async sweep(): Promise<ReminderSweepResult> {
    const now = this.clock.now();
    const failedIds: string[] = [];
    let sent = 0;
    for (;;) {
      // Set inside the transaction, read when it fails: which registration to pass over.
      const claim: { id?: string } = {};
      try {
        const reminded = await this.prisma.client.$transaction(
          async (tx) => {
            const claimed = await this.reminders.claimNext(tx, now, failedIds);
            if (!claimed) return null;
            claim.id = claimed.registrationId;
            await this.audit.record(
              {
                action: 'event.reminder_sent',
                actor: null,
                target: { type: 'event', id: claimed.eventId, label: claimed.title },
                client: null,
                details: { job: EVENT_REMINDERS_JOB, userId: claimed.userId, startsAt: claimed.startsAt.toISOString() },
              },
              tx,
            );
            await this.mail.send(eventReminderMails.reminder(claimed.email, this.mailInput(claimed)));
            return claimed;
          },
          { timeout: REMINDER_TIMEOUT_MS },
        );
        if (!reminded) return { sent, failed: failedIds.length };
        sent += 1;
      } catch (error) {
        if (!claim.id) throw error;
        failedIds.push(claim.id);
        this.logger.error({ err: error, registrationId: claim.id }, 'Event reminder failed; the next sweep tries again');
      }
    }
  }

  private mailInput(claimed: ClaimedReminder) {
    return {
      name: claimed.name,
      event: claimed,
      organiserName: claimed.organiserName,
      contact: claimed.contactName ? { name: claimed.contactName, email: claimed.contactEmail } : null,
      link: eventPageUrl(this.config.PUBLIC_URL, claimed.eventId),
    };
  }
}
