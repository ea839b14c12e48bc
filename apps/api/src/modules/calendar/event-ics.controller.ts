import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { EventIdParamDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

/** "Add to calendar": one event as an .ics file, with the same UID as in the feeds. */
@Controller('events')
export class EventIcsController {
  constructor(private readonly calendar: CalendarService) {}

  @RequirePermission('events:read')
  @Get(':id/ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'An iCalendar (RFC 5545) file with one VEVENT.', content: { 'text/calendar': { schema: { type: 'string' } } } })
  async download(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.calendar.eventIcs(actor, params.id);
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', file.contentDisposition);
    return file.body;
  }
}
