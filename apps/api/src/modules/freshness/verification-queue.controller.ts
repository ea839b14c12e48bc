import { Controller, Get, Query } from '@nestjs/common';
import { ZodResponse } from 'nestjs-zod';
import { CurrentActor, type Actor } from '../../common/access/actor';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import { VerificationQueuePageDto, VerificationQueueQueryDto } from './freshness.dto';
import { VerificationQueueService } from './verification-queue.service';

@Controller('verification-queue')
export class VerificationQueueController {
  constructor(private readonly queue: VerificationQueueService) {}

  /** Longest waiting first. */
  @RequirePermission('roster:verify')
  @Get()
  @ZodResponse({ status: 200, type: VerificationQueuePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: VerificationQueueQueryDto) {
    return this.queue.list(actor, query);
  }
}
