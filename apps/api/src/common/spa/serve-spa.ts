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
 * revalidated, and index.html for any other path so client-side routes survive a reload.
 * Paths under /api and missing files (a path with an extension) keep the JSON 404: a missing
 * script must not be answered with HTML.
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
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || /\.[A-Za-z0-9]+$/.test(path)) {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
