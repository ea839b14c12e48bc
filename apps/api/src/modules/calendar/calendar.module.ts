import { Module } from '@nestjs/common';
import { CalendarFeedTokensService } from './calendar-feed-tokens.service';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';
import { EventIcsController } from './event-ics.controller';

/** iCalendar: the per-event download, the secret feed addresses and the feeds themselves. */
@Module({
  controllers: [EventIcsController, CalendarFeedsController],
  providers: [CalendarRepository, CalendarService, CalendarFeedTokensService],
})
export class CalendarModule {}
