import { Inject, Injectable } from '@nestjs/common';
import type { CalendarFeeds } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { AuditService, type AuditEntry } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { randomToken } from '../../common/crypto/tokens';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';
import { PrismaService } from '../../prisma/prisma.service';
import { CalendarRepository, type ActiveFeedToken } from './calendar.repository';
import { toCalendarFeeds } from './calendar.mapper';

/**
 * A member's secret feed address: one live at a time. Renewing revokes the old one in the same
 * transaction, so a leaked address stops working the moment the member asks for a new one.
 */
@Injectable()
export class CalendarFeedTokensService {
  private readonly publicUrl: string;

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: CalendarRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicUrl = config.PUBLIC_URL;
  }

  async feeds(actor: Actor): Promise<CalendarFeeds> {
    return toCalendarFeeds(this.publicUrl, await this.repository.findActiveToken(actor.id));
  }

  /** A new address; the old one, if any, stops working at once. */
  async createOrRenew(actor: Actor, client: ClientInfo): Promise<CalendarFeeds> {
    const created = await this.prisma.client.$transaction(async (tx) => {
      await this.repository.lockUser(actor.id, tx);
      const now = this.clock.now();
      const previous = await this.repository.findActiveToken(actor.id, tx);
      if (previous) {
        await this.repository.revokeActiveTokens(actor.id, now, tx);
        await this.audit.record(this.entry('calendar.feed_revoked', actor, client, previous, { renewed: true }), tx);
      }
      const token = await this.repository.createToken(actor.id, randomToken(), now, tx);
      await this.audit.record(this.entry('calendar.feed_created', actor, client, token, { renewed: previous !== null }), tx);
      return token;
    });
    return toCalendarFeeds(this.publicUrl, created);
  }

  /** Turns the address off; calendar apps subscribed to it get 404 from now on. */
  async revoke(actor: Actor, client: ClientInfo): Promise<void> {
    await this.prisma.client.$transaction(async (tx) => {
      await this.repository.lockUser(actor.id, tx);
      const current = await this.repository.findActiveToken(actor.id, tx);
      if (!current) throw new AppError('NOT_FOUND', 'You have no calendar feed address to turn off.');
      await this.repository.revokeActiveTokens(actor.id, this.clock.now(), tx);
      await this.audit.record(this.entry('calendar.feed_revoked', actor, client, current, { renewed: false }), tx);
    });
  }

  /** The audit entry names the address by its row id: the secret itself never goes into the log. */
  private entry(action: AuditEntry['action'], actor: Actor, client: ClientInfo, token: ActiveFeedToken, details: Record<string, unknown>): AuditEntry {
    return { action, actor: { id: actor.id, email: actor.email }, target: { type: 'calendar_feed', id: token.id, label: actor.name }, client, details };
  }
}
