import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/access/public.decorator';
import { DatabaseHealthIndicator } from './database.health';
import { HealthDto } from './health.dto';

/** For load balancers and orchestrators: is the process up, and can it serve (database reachable)? */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck({ swaggerDocumentation: false })
  @ZodResponse({ status: 200, type: HealthDto })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ZodResponse({ status: 200, type: HealthDto })
  ready() {
    return this.health.check([() => this.database.check('database')]);
  }
}
