import { Injectable } from '@nestjs/common';
import type { VerificationQueuePage, VerificationQueueQuery } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { scopeFilter } from '../../common/access/scope';
import { Clock } from '../../common/clock/clock';
import { toQueueItem } from './freshness.mapper';
import { FreshnessRepository } from './freshness.repository';

/**
 * Stale contacts that answered neither the mail nor the reminder. A coordinator sees those of the
 * agencies working in their municipalities; an administrator all. The actions (verify, edit,
 * archive) are the contact routes', which check the same scope.
 */
@Injectable()
export class VerificationQueueService {
  constructor(
    private readonly freshness: FreshnessRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: VerificationQueueQuery): Promise<VerificationQueuePage> {
    const { rows, total } = await this.freshness.queue(scopeFilter(actor), this.clock.now(), query.page, query.pageSize);
    return { items: rows.map(toQueueItem), total, page: query.page, pageSize: query.pageSize };
  }
}
