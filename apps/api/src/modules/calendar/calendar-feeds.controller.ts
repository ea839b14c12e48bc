import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { Sessionless } from '../../common/access/public.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { Client, type ClientInfo } from '../../common/http/client-info';
import { CalendarFeedTokensService } from './calendar-feed-tokens.service';
import { CalendarFeedsDto, NetworkFeedQueryDto } from './calendar.dto';
import { CalendarService, type FeedAnswer, type FeedRequest } from './calendar.service';

const ICS_RESPONSE = { description: 'An iCalendar (RFC 5545) file.', content: { 'text/calendar': { schema: { type: 'string' } } } };

/** The signed-in user's secret feed addresses, and the feeds calendar apps subscribe to. */
@Controller('calendar/feeds')
export class CalendarFeedsController {
  constructor(
    private readonly tokens: CalendarFeedTokensService,
    private readonly calendar: CalendarService,
  ) {}

  @RequirePermission('calendar:subscribe')
  @Get()
  @ZodResponse({ status: 200, type: CalendarFeedsDto })
  feeds(@CurrentActor() actor: Actor) {
    return this.tokens.feeds(actor);
  }

  /** Makes the addresses, or new ones: the old addresses stop working at once. */
  @RequirePermission('calendar:subscribe')
  @Post()
  @ZodResponse({ status: 201, type: CalendarFeedsDto })
  renew(@CurrentActor() actor: Actor, @Client() client: ClientInfo) {
    return this.tokens.createOrRenew(actor, client);
  }

  @RequirePermission('calendar:subscribe')
  @Delete()
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor, @Client() client: ClientInfo) {
    return this.tokens.revoke(actor, client);
  }

  /** Events I registered for (waitlisted ones as TENTATIVE), posted, or am the contact person of. */
  @Sessionless()
  @Get(':token/personal.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse(ICS_RESPONSE)
  @ApiNotFoundResponse({ description: 'Unknown or revoked address, or a disabled account.' })
  async personal(@Param('token') token: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendFeed(reply, await this.calendar.personalFeed(token, feedRequest(request)));
  }

  /** Every event the owner may see, optionally narrowed to a municipality and a sector. */
  @Sessionless()
  @Get(':token/network.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse(ICS_RESPONSE)
  @ApiNotFoundResponse({ description: 'Unknown or revoked address, or a disabled account.' })
  async network(
    @Param('token') token: string,
    @Query() query: NetworkFeedQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFeed(reply, await this.calendar.networkFeed(token, query, feedRequest(request)));
  }
}

function feedRequest(request: FastifyRequest): FeedRequest {
  return { ifNoneMatch: request.headers['if-none-match'], acceptEncoding: request.headers['accept-encoding'] };
}

/** Calendar apps poll: a short private cache, 304 while the ETag holds, gzip when they take it. */
function sendFeed(reply: FastifyReply, feed: FeedAnswer): string | Buffer {
  void reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('cache-control', 'private, max-age=300')
    .header('vary', 'Accept-Encoding')
    .header('etag', feed.etag);
  if (feed.body === null) {
    void reply.status(304);
    return '';
  }
  if (feed.contentEncoding) void reply.header('content-encoding', feed.contentEncoding);
  return feed.body;
}
