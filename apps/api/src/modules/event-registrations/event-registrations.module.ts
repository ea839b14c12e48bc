import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { EventRegistrationsController } from './event-registrations.controller';
import { EventRegistrationsRepository } from './event-registrations.repository';
import { EventRegistrationsService } from './event-registrations.service';

/** Registration with capacity and an automatic waitlist, and the organiser's participant list. */
@Module({
  imports: [EventsModule],
  controllers: [EventRegistrationsController],
  providers: [EventRegistrationsService, EventRegistrationsRepository],
})
export class EventRegistrationsModule {}
