import { Module } from '@nestjs/common';
import { JobsModule } from '../../common/jobs/jobs.module';
import { EventRemindersDevController } from './event-reminders-dev.controller';
import { EventRemindersJob } from './event-reminders.job';
import { EventRemindersRepository } from './event-reminders.repository';
import { EventRemindersService } from './event-reminders.service';

/** The 24-hour reminders to registered participants: the sweep, its job and its dev trigger. */
@Module({
  imports: [JobsModule],
  controllers: [EventRemindersDevController],
  providers: [EventRemindersService, EventRemindersRepository, EventRemindersJob],
})
export class EventRemindersModule {}
