// Starts a real PostgreSQL for this run only, in a temporary folder, migrates one database, and
// copies it once per test worker, so workers run side by side without seeing each other's rows
// (utils/test-env.ts gives each worker its own DATABASE_URL). Uploaded files go to local disk in
// the same temporary folder (FILE_STORAGE_DIR), never to the developer's .data/files or a bucket.
const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup(globalConfig) {
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
  // One at a time: PostgreSQL copies a template only while nobody else uses it.
  for (let worker = 1; worker <= Math.max(1, globalConfig.maxWorkers); worker += 1) {
    await postgres.createDatabase(`samverkan_e2e_${worker}`, { template: 'samverkan_e2e' });
  }
  process.env.DATABASE_URL = url;
  process.env.E2E_DATABASE_URL_PREFIX = url;
  process.env.FILE_STORAGE = 'local';
  process.env.FILE_STORAGE_DIR = path.join(dir, 'files');
  globalThis.__E2E_POSTGRES__ = { postgres, dir };
};
