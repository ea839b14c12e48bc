import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where the built web app is: WEB_DIST_DIR, else apps/web/dist beside this app. */
export function resolveWebDist(configured: string | undefined): string | undefined {
  const dir = configured ? path.resolve(configured) : path.resolve(__dirname, '../../../../web/dist');
  return existsSync(path.join(dir, 'index.html')) ? dir : undefined;
}

/**
 * Serves the single-page app next to the API: hashed assets cached for a year, everything else
 * revalidated, and index.html for any non-API path so client-side routes survive a reload.
 * Paths under /api keep the API's JSON 404.
 */
export async function serveSpa(app: NestFastifyApplication, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    setHeaders: (reply, filePath) => {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
