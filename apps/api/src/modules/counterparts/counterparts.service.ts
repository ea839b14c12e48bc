import { Injectable } from '@nestjs/common';
import { STALE_AFTER_DAYS, type Counterpart, type CounterpartList, type CounterpartQuery } from '@repo/contracts';
import { Clock } from '../../common/clock/clock';
import { stockholmDay } from '../../common/time/stockholm';
import { isAwayOn, toPerson, toStandIn } from '../search/search.mapper';
import { CounterpartsRepository, type CounterpartRow } from './counterparts.repository';

/** "Who do I call about X in Y?": a short, ranked list of people. */
@Injectable()
export class CounterpartsService {
  constructor(
    private readonly repository: CounterpartsRepository,
    private readonly clock: Clock,
  ) {}

  async find(query: CounterpartQuery): Promise<CounterpartList> {
    const now = this.clock.now();
    const today = stockholmDay(now);
    const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000);
    const rows = await this.repository.find({ query, staleBefore, today });
    return { items: rows.map((row) => toCounterpart(row, today, staleBefore)) };
  }
}

function toCounterpart(row: CounterpartRow, today: string, staleBefore: Date): Counterpart {
  const isAway = isAwayOn(row.awayUntil, today);
  return {
    ...toPerson(row, today),
    reason: row.reason,
    jobTitle: row.jobTitle,
    agency: row.agency,
    isStale: row.lastVerifiedAt === null || row.lastVerifiedAt < staleBefore,
    seat: row.seat,
    standIn: isAway && row.standIn ? toStandIn(row.standIn, today) : null,
  };
}
