import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config.schema';

type LoggedRequest = IncomingMessage & { id?: string };

/** The path without its query, and without the secret of a calendar-feed address. */
export function loggedPath(url: string | undefined): string | undefined {
  return url?.split('?')[0]?.replace(/\/calendar\/feeds\/[^/]+\/(?=[^/]+$)/, '/calendar/feeds/[redacted]/');
}

/**
 * Structured JSON logs. A request is logged as id, method and path only: no query string (it can
 * hold a person's name), no headers (cookies, tokens), no body, no client address.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          timestamp: stdTimeFunctions.isoTime,
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          serializers: {
            req: (req: LoggedRequest) => ({ id: req.id, method: req.method, path: loggedPath(req.url) }),
            res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
          },
          redact: { paths: ['*.password', '*.token', '*.cookie', '*.authorization'], censor: '[redacted]' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
