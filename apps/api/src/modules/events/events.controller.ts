import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CancelEventInputDto, CreateEventInputDto, EventDto, EventIdParamDto, EventListQueryDto, EventPageDto, UpdateEventInputDto } from './events.dto';
import { EventsService } from './events.service';

@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** The calendar: events overlapping from–to (from the start of today in Sweden when neither is given). */
  @RequirePermission('events:read')
  @Get()
  @ZodResponse({ status: 200, type: EventPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: EventListQueryDto) {
    return this.events.list(actor, query);
  }

  /** 404 also for an event of invited agencies the caller may not see. */
  @RequirePermission('events:read')
  @Get(':id')
  @ZodResponse({ status: 200, type: EventDto })
  get(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto) {
    return this.events.get(actor, params.id);
  }

  /** A member posts for their own agency; coordinators and administrators for any. */
  @RequirePermission('events:post')
  @Post()
  @ZodResponse({ status: 201, type: EventDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateEventInputDto, @Client() client: ClientInfo) {
    return this.events.create(actor, body, client);
  }

  /**
   * The organiser and the coordinators; a stale version gets 412, a cancelled event 409. A new time or place is mailed to the registered.
   * An audience that would shut out someone registered or waiting: 409 with details.reason registrations_outside_audience and details.count.
   */
  @RequirePermission('events:post')
  @Patch(':id')
  @ZodResponse({ status: 200, type: EventDto })
  update(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Body() body: UpdateEventInputDto, @Client() client: ClientInfo) {
    return this.events.update(actor, params.id, body, client);
  }

  /** Stays visible, marked as cancelled; the registered and the waitlist are told by mail. */
  @RequirePermission('events:post')
  @Post(':id/cancel')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: EventDto })
  cancel(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Body() body: CancelEventInputDto, @Client() client: ClientInfo) {
    return this.events.cancel(actor, params.id, body, client);
  }
}
