import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { PrismaService } from '../../prisma/prisma.service';

@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const indicator = this.health.check(key);
    try {
      await this.prisma.client.$queryRaw`SELECT 1`;
      return indicator.up();
    } catch (error) {
      // Reported as "down" in the 503 answer; the cause goes to the log, not to the caller.
      return indicator.down({ message: 'The database cannot be reached.', cause: (error as Error).name });
    }
  }
}
