import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter } from './app.setup';
import { APP_CONFIG } from './config/config.module';
import { ConfigError, type AppConfig } from './config/config.schema';
import { drainAndClose } from './shutdown';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(), { bufferLogs: true });
  await configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen({ port: config.PORT, host: config.HOST });
  const logger = app.get(Logger);
  logger.log(`Listening on http://${config.HOST}:${config.PORT}`, 'Main');

  let isStopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // SIGINT and SIGTERM together (Ctrl-C under a supervisor) shut down once.
      if (isStopping) return;
      isStopping = true;
      logger.log(`${signal} received: finishing in-flight requests`, 'Main');
      drainAndClose(app, config.SHUTDOWN_GRACE_MS).then(
        (isClean) => process.exit(isClean ? 0 : 1),
        (error: unknown) => {
          logger.error({ err: error }, 'Shutdown failed', 'Main');
          process.exit(1);
        },
      );
    });
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
