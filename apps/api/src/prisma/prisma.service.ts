import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createPrismaClient, PrismaClient } from '@repo/db';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/**
 * The process's one Prisma client. Repositories inject it; nothing above a repository does.
 * Composition rather than `extends PrismaClient`: the adapter-based client is built by a factory.
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = createPrismaClient(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE });
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
