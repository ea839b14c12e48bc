// The database for `npm start` and `npm run dev`: the server named by DATABASE_URL, or else an
// embedded PostgreSQL whose data lives in .data/postgres and survives restarts.
import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { rootDir, runOrThrow } from './process.mjs';

const DATABASE_NAME = 'samverkan';
const PREFERRED_PORT = 54329;

export async function openDatabase() {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  const postgres = await startEmbeddedPostgres({ dir: path.join(rootDir, '.data', 'postgres'), preferredPort: PREFERRED_PORT });
  await postgres.createDatabase(DATABASE_NAME, { ifMissing: true });
  return { url: postgres.url(DATABASE_NAME), isEmbedded: true, port: postgres.port, stop: () => postgres.stop() };
}

/** Applies pending migrations, then the demo data (once per database) unless SEED_DEMO_DATA=false. */
export async function prepareDatabase(url, { seedDemoData = process.env.SEED_DEMO_DATA !== 'false' } = {}) {
  const env = { ...process.env, DATABASE_URL: url };
  await runOrThrow(process.execPath, [path.join(rootDir, 'scripts', 'prisma.mjs'), 'migrate', 'deploy'], { env, quiet: true });
  if (!seedDemoData) return;
  await runOrThrow(process.execPath, [path.join(rootDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'prisma/seed/seed.ts'], { env });
}
