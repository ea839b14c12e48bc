import { Module } from '@nestjs/common';
import { EventNotifier } from './event-notifier';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

@Module({ controllers: [EventsController], providers: [EventsService, EventsRepository, EventNotifier], exports: [EventNotifier] })
export class EventsModule {}
