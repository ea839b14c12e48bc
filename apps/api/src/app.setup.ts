import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG } from './config/config.module';
import { loadConfig, type AppConfig } from './config/config.schema';
import { REQUEST_ID_HEADER, generateRequestId } from './common/http/request-id';
import { setupOpenApi } from './common/openapi/openapi-document';
import { resolveWebDist, serveSpa } from './common/spa/serve-spa';

export const API_PREFIX = 'api';

/** The Fastify adapter every entry point uses (main, e2e tests, the OpenAPI script). */
export function createFastifyAdapter(config: Pick<AppConfig, 'TRUST_PROXY'> = loadConfig()): FastifyAdapter {
  return new FastifyAdapter({
    // X-Forwarded-For is believed only from the proxies named here (rate limits and audit use the client address).
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    genReqId: generateRequestId,
    bodyLimit: 1024 * 1024,
    // Closing idle keep-alive connections at shutdown lets in-flight requests finish promptly.
    forceCloseConnections: 'idle',
  });
}

function trustProxySetting(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * Everything main.ts and the e2e tests share: logger, prefix, security headers, cookies,
 * multipart, request ids, OpenAPI and the single-page app.
 */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { files: 1 } });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  setupOpenApi(app);

  const webDist = resolveWebDist(config.WEB_DIST_DIR);
  if (webDist) await serveSpa(app, webDist);
}
