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

/**
 * Whether npm start / npm run dev add the demo data (with its public demo logins): SEED_DEMO_DATA
 * decides when set; otherwise only the embedded database gets it, never a server named by
 * DATABASE_URL, which may be a real installation.
 */
export function shouldSeedDemoData(database) {
  if (process.env.SEED_DEMO_DATA === 'true') return true;
  if (process.env.SEED_DEMO_DATA === 'false') return false;
  return database.isEmbedded;
}

/** Applies pending migrations, then, when asked, the demo data (once per database). */
export async function prepareDatabase(url, { seedDemoData }) {
  const env = { ...process.env, DATABASE_URL: url };
  await runOrThrow(process.execPath, [path.join(rootDir, 'scripts', 'prisma.mjs'), 'migrate', 'deploy'], { env, quiet: true });
  if (!seedDemoData) return;
  await runOrThrow(process.execPath, [path.join(rootDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'prisma/seed/seed.ts'], { env });
}
