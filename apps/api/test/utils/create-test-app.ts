import type { Server } from 'node:http';
import { type ModuleMetadata } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter } from '../../src/app.setup';
import { PrismaService } from '../../src/prisma/prisma.service';

export interface TestApp {
  app: NestFastifyApplication;
  /** The HTTP server for supertest. */
  http: Server;
  prisma: PrismaService['client'];
  close: () => Promise<void>;
}

/** The production app (same module, same configureApp) on the run's database. */
export async function createTestApp(extra: Pick<ModuleMetadata, 'controllers'> = {}): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, DiscoveryModule], ...extra }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), { logger: false });
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: app.getHttpServer(),
    prisma: app.get(PrismaService).client,
    close: () => app.close(),
  };
}
