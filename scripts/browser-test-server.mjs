// The server the browser tests run against: a PostgreSQL of their own in a temporary folder,
// migrated and seeded with the demo data, a file storage folder, and the built app on PORT. Playwright starts it and
// stops it with SIGTERM; it then stops the app, PostgreSQL, and removes the folder.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from './lib/database.mjs';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { spawnApi, stopChild } from './lib/process.mjs';

const port = process.env.PORT ?? '3100';
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-browser-'));
// Uploaded files (the demo seed's and the tests') go to the same temporary folder.
Object.assign(process.env, { FILE_STORAGE: 'local', FILE_STORAGE_DIR: path.join(dir, 'files') });
const postgres = await startEmbeddedPostgres({ dir, log: () => {} });
await postgres.createDatabase('samverkan_browser');
const url = postgres.url('samverkan_browser');
await prepareDatabase(url, { seedDemoData: true });

const api = spawnApi({ DATABASE_URL: url, PORT: port, HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });

let stopping = false;
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await stopChild(api);
  await postgres.stop();
  await fs.rm(dir, { recursive: true, force: true });
  process.exit(exitCode);
}

api.once('exit', (code) => void stop(stopping ? 0 : code || 1));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(0));
