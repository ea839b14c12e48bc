import type { Server } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Stops taking connections and lets in-flight requests finish, then closes the app (database
 * pool last). Resolves false when requests were still running after `graceMs`.
 */
export async function drainAndClose(app: NestFastifyApplication, graceMs: number): Promise<boolean> {
  const server = app.getHttpServer() as Server;
  // A keep-alive connection whose request finishes during the drain would hold the server open
  // until the client hangs up; close such connections as soon as they fall idle.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  // The HTTP server closes first: Nest's own close() would end the database pool before the
  // server, and requests still running would lose their connection.
  const closing = app
    .getHttpAdapter()
    .getInstance()
    .close()
    .then(() => app.close())
    .then(() => true as const);
  try {
    return await Promise.race([closing, deadline]);
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
