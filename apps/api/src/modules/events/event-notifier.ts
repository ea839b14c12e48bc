import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AuditService, type AuditEntry } from '../../common/audit/audit.service';
import type { ClientInfo } from '../../common/http/client-info';
import { MailService, type Mail } from '../../common/mail/mail.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { promoteFromWaitlist, type PromotedParticipant } from '../event-registrations/waitlist';

/** The event's page in the portal, as every mail and calendar entry links to it. */
export function eventPageUrl(publicUrl: string, eventId: string): string {
  return `${publicUrl}/events/${eventId}`;
}

/** Who did it to which event, from where: the common part of every event audit entry. */
export function eventAuditParties(actor: Actor, client: ClientInfo, event: { id: string; title: string }): Pick<AuditEntry, 'actor' | 'target' | 'client'> {
  return { actor: { id: actor.id, email: actor.email }, target: { type: 'event', id: event.id, label: event.title }, client };
}

/** What the events and registrations share when they tell people: the waitlist moving up, links, and sending. */
@Injectable()
export class EventNotifier {
  private readonly logger = new Logger('Events');

  constructor(
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Moves the waitlist up (see promoteFromWaitlist) inside the caller's transaction and audits each
   * promotion as done by the actor whose change freed the seats; the caller mails them after the commit.
   */
  async promote(tx: Prisma.TransactionClient, actor: Actor, client: ClientInfo, event: { id: string; title: string }, at: Date): Promise<PromotedParticipant[]> {
    const promoted = await promoteFromWaitlist(tx, event.id, at);
    await this.audit.recordMany(
      promoted.map((person): AuditEntry => ({ action: 'event.promoted', ...eventAuditParties(actor, client, event), details: { userId: person.userId, userEmail: person.email } })),
      tx,
    );
    return promoted;
  }

  link(eventId: string): string {
    return eventPageUrl(this.config.PUBLIC_URL, eventId);
  }

  /**
   * After the commit, one by one: a failed send is logged with its recipient and the others still
   * go out. The change itself is saved and stays so, and the request answers as it succeeded.
   */
  async sendAll(mails: readonly Mail[]): Promise<void> {
    for (const mail of mails) {
      try {
        await this.mail.send(mail);
      } catch (error) {
        this.logger.error({ err: error, to: mail.to, subject: mail.subject }, 'Could not send a mail about an event');
      }
    }
  }
}
