// `npm run dev`: the database as for `npm start`, then the API (restarting on change) and the
// Vite dev server (hot reload, proxying /api to the API). Open http://localhost:5173.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { rootDir, runOrThrow, step, stopChild } from './lib/process.mjs';

ensureInstalled();
const { openDatabase, prepareDatabase, shouldSeedDemoData } = await import('./lib/database.mjs');
const turbo = path.join(rootDir, 'node_modules', 'turbo', 'bin', 'turbo');

step('Building the shared packages');
await runOrThrow(process.execPath, [turbo, 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only']);
step(process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL' : 'Starting the embedded PostgreSQL (data in .data/postgres)');
const database = await openDatabase();
step('Applying migrations and demo data');
await prepareDatabase(database.url, { seedDemoData: shouldSeedDemoData(database) });

step('Starting the API on http://localhost:3000 and the web app on http://localhost:5173');
const servers = spawn(process.execPath, [turbo, 'run', 'dev', '--filter=@repo/api', '--filter=@repo/web'], {
  cwd: rootDir,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: database.url, PORT: process.env.PORT ?? '3000' },
});

let stopping = false;
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await stopChild(servers);
  await database.stop();
  process.exit(exitCode);
}
servers.once('exit', (code) => void stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
