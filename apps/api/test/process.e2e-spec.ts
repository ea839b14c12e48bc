import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createTestApp } from './utils/create-test-app';
import { findFreePort } from './utils/free-port';
import { createPrincipal, createWorld } from './utils/principals';

// The built server, started as production starts it (node dist/main.js); `npm test` builds first.
const mainJs = path.resolve(__dirname, '../dist/main.js');

function startServer(env: Record<string, string | undefined>) {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build the API first (npm run build).`);
  const child = spawn(process.execPath, [mainJs], { env: { PATH: process.env.PATH, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return { child, exited, output: () => output };
}

async function waitForLine(read: () => string, pattern: RegExp, child: ChildProcessWithoutNullStreams) {
  const deadline = Date.now() + 20_000;
  while (!pattern.test(read())) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`No line matching ${pattern} in:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the server process', () => {
  it('refuses to start with invalid configuration, listing every problem', async () => {
    const server = startServer({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    const { code } = await server.exited;
    expect(code).toBe(1);
    expect(server.output()).toContain('Invalid configuration:');
    expect(server.output()).toContain('DATABASE_URL is required');
    expect(server.output()).toMatch(/- PORT /);
    expect(server.output()).toMatch(/- LOG_LEVEL /);
  });

  it('logs JSON lines without personal data, and stops cleanly within 10 s of SIGTERM', async () => {
    // A session made through the app; the server below is another process on the same database.
    const t = await createTestApp();
    const { cookie } = await createPrincipal(t, await createWorld(t), 'member');
    await t.close();
    const port = await findFreePort();
    const server = startServer({ DATABASE_URL: process.env.DATABASE_URL, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    await waitForLine(server.output, /Listening on/, server.child);

    const response = await fetch(`http://127.0.0.1:${port}/api/agencies?q=Anna%20Andersson`, {
      headers: { cookie: `${cookie}; other=very-secret-token`, authorization: 'Bearer another-secret' },
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    await waitForLine(server.output, /request completed/, server.child);

    const lines = server.output().trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLine = entries.find((entry) => (entry.req as { id?: string } | undefined)?.id === requestId);
    expect(requestLine).toMatchObject({ req: { method: 'GET', path: '/api/agencies' }, res: { statusCode: 200 } });
    for (const secret of ['Anna', cookie.split('=')[1]!, 'very-secret-token', 'another-secret', 'cookie', 'authorization']) {
      expect(server.output()).not.toContain(secret);
    }

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const { code, at } = await server.exited;
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(10_000);
    expect(server.output()).toContain('SIGTERM received');
  });
});
