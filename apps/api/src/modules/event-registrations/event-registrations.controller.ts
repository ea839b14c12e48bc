import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { EventIdParamDto, EventParticipantParamDto, ParticipantListDto, RegistrationResultDto } from './event-registrations.dto';
import { EventRegistrationsService } from './event-registrations.service';
import { PARTICIPANT_CSV_HEADER } from './participants-csv';

@Controller('events')
export class EventRegistrationsController {
  constructor(private readonly registrations: EventRegistrationsService) {}

  /**
   * A seat, or a place at the end of the waitlist when the event is full (the answer says which).
   * 201 when this request registered; 200 with the current state when the user already was.
   * 409 CONFLICT with details.reason cancelled | started | deadline_passed when registration is closed.
   */
  @RequirePermission('events:register')
  @Post(':id/registration')
  @ZodResponse({ status: 201, type: RegistrationResultDto })
  @ApiOkResponse({ description: 'Already registered (or waitlisted): the current state; nothing was written.', type: RegistrationResultDto.Output })
  async register(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Client() client: ClientInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, result } = await this.registrations.register(actor, params.id, client);
    if (!created) void reply.status(200);
    return result;
  }

  /**
   * Gives up the seat (the first in the waitlist moves up) or the waitlist place, until the event
   * starts, also after the deadline. 409 CONFLICT with details.reason cancelled | started.
   */
  @RequirePermission('events:register')
  @Delete(':id/registration')
  @HttpCode(204)
  unregister(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Client() client: ClientInfo) {
    return this.registrations.unregister(actor, params.id, client);
  }

  /** The organiser's view: the registered (in the order they got their seats) and the waitlist (in order). */
  @RequirePermission('events:post')
  @Get(':id/participants')
  @ZodResponse({ status: 200, type: ParticipantListDto })
  participants(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto) {
    return this.registrations.participants(actor, params.id);
  }

  /** The participant list as CSV for Swedish Excel (UTF-8 with BOM, semicolons, Swedish time); audited. */
  @RequirePermission('events:post')
  @Get(':id/participants/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `One row per participant under the header ${PARTICIPANT_CSV_HEADER.join(';')}.`, content: { 'text/csv': { schema: { type: 'string' } } } })
  async export(@CurrentActor() actor: Actor, @Param() params: EventIdParamDto, @Client() client: ClientInfo, @Res({ passthrough: true }) reply: FastifyReply) {
    const { fileName, csv } = await this.registrations.exportParticipants(actor, params.id, client);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  /** The organiser removes a registration or a waitlist place; the person is told, and the waitlist moves up. */
  @RequirePermission('events:post')
  @Delete(':id/participants/:userId')
  @HttpCode(204)
  removeParticipant(@CurrentActor() actor: Actor, @Param() params: EventParticipantParamDto, @Client() client: ClientInfo) {
    return this.registrations.removeParticipant(actor, params.id, params.userId, client);
  }
}
