// Starts a real PostgreSQL for this run only, in a temporary folder, migrates it once, and hands
// its URL to the test workers through DATABASE_URL. Uploaded files go to local disk in the same
// temporary folder (FILE_STORAGE_DIR), never to the developer's .data/files or a bucket.
const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  const { startEmbeddedPostgres } = await import('../../../scripts/lib/embedded-postgres.mjs');
  const { runOrThrow, rootDir } = await import('../../../scripts/lib/process.mjs');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-e2e-'));
  const postgres = await startEmbeddedPostgres({ dir, log: () => {} });
  await postgres.createDatabase('samverkan_e2e');
  const url = postgres.url('samverkan_e2e');
  await runOrThrow(process.execPath, [path.join(rootDir, 'scripts', 'prisma.mjs'), 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    quiet: true,
  });
  process.env.DATABASE_URL = url;
  process.env.FILE_STORAGE = 'local';
  process.env.FILE_STORAGE_DIR = path.join(dir, 'files');
  globalThis.__E2E_POSTGRES__ = { postgres, dir };
};
