import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainAndClose } from '../src/shutdown';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { ProbeController } from './utils/probe.controller';

async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

describe('graceful shutdown', () => {
  it('lets an in-flight request finish, then stops taking connections', async () => {
    const t = await createTestApp({ controllers: [ProbeController] });
    const base = await listen(t);
    const inFlight = fetch(`${base}/api/probe/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const closed = drainAndClose(t.app, 5_000);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await expect(closed).resolves.toBe(true);
    await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
  });

  it('reports an unclean stop when requests outlast the grace period', async () => {
    const t = await createTestApp({ controllers: [ProbeController] });
    const base = await listen(t);
    const inFlight = fetch(`${base}/api/probe/slow`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));

    await expect(drainAndClose(t.app, 50)).resolves.toBe(false);
    // The process exits at this point in production; here the server is left to finish.
    await inFlight;
    (t.app.getHttpServer() as Server).closeAllConnections();
    await t.app.close();
  });
});
