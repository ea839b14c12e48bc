// `npm start`: install if needed, build, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, seed the demo data on the first run, and serve the app and the API from one process.
// Ctrl-C or SIGTERM stops the API first (in-flight requests finish), then PostgreSQL.
import path from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { rootDir, runOrThrow, spawnApi, step, stopChild, waitForHttpOk } from './lib/process.mjs';

ensureInstalled();
const { openDatabase, prepareDatabase, shouldSeedDemoData } = await import('./lib/database.mjs');

const port = Number(process.env.PORT ?? 3000);
let database;
let api;
let stopping = false;

async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  await stopChild(api);
  if (database) {
    await database.stop();
    if (database.isEmbedded) console.log('PostgreSQL stopped.');
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void shutdown(0));
}

try {
  step('Building the app');
  await runOrThrow(process.execPath, [path.join(rootDir, 'node_modules', 'turbo', 'bin', 'turbo'), 'run', 'build', '--output-logs=errors-only'], {});

  step(process.env.DATABASE_URL ? 'Using the PostgreSQL server in DATABASE_URL' : 'Starting the embedded PostgreSQL (data in .data/postgres)');
  database = await openDatabase();

  step('Applying migrations and demo data');
  await prepareDatabase(database.url, { seedDemoData: shouldSeedDemoData(database) });

  step('Starting the app');
  api = spawnApi({ DATABASE_URL: database.url, PORT: String(port) });
  api.once('exit', (code) => {
    if (!stopping) {
      console.error(`The app stopped unexpectedly (exit code ${code}).`);
      void shutdown(code || 1);
    }
  });
  await waitForHttpOk(`http://127.0.0.1:${port}/api/health/ready`, 60_000, () => api.exitCode === null);

  console.log(`
  Samverkan Värmland is running at http://localhost:${port}
    API:      http://localhost:${port}/api   (documentation: http://localhost:${port}/api/docs)
    Mail:     http://localhost:${port}/dev/mail   (invitations and reset links land here; no mail leaves)
    Database: ${database.isEmbedded ? `embedded PostgreSQL on port ${database.port}, data in .data/postgres` : 'DATABASE_URL'}
${shouldSeedDemoData(database) ? await demoLogins() : ''}
  The demo data is fictional. Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`\nnpm start failed: ${error.message}`);
  await shutdown(1);
}

/** The demo accounts the seed creates (fictional; development only), ready to copy. */
async function demoLogins() {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('@repo/test-factories');
  const lines = Object.values(DEMO_ACCOUNTS).map(
    (account) =>
      `    ${account.email.padEnd(26)} ${account.role.padEnd(12)} ${account.totpSecret ? `TOTP secret ${account.totpSecret}` : 'no second factor'}`,
  );
  return (
    `\n  Demo logins, password ${DEMO_PASSWORD}. Admin and coordinator also need a six-digit code: add their\n` +
    `  TOTP secret to an authenticator app, or print the current code with: node scripts/totp.mjs <secret>\n${lines.join('\n')}\n`
  );
}
