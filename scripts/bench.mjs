// `npm run bench`: throughput and latency of the main read paths, on a PostgreSQL of its own
// holding the demo data plus generated agencies (so search runs at a realistic size). Traffic
// stays on loopback; every scenario is bounded in requests and in time. Prints figures only.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { rootDir, runOrThrow, spawnApi, step, stopChild, waitForHttpOk } from './lib/process.mjs';

ensureInstalled();
const { prepareDatabase } = await import('./lib/database.mjs');
const { findFreePort, startEmbeddedPostgres } = await import('./lib/embedded-postgres.mjs');
const { default: pg } = await import('pg');

const EXTRA_AGENCIES = Number(process.env.BENCH_AGENCIES ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_REQUESTS = 5000;
const MAX_SECONDS = 5;

step('Building');
await runOrThrow(process.execPath, [path.join(rootDir, 'node_modules', 'turbo', 'bin', 'turbo'), 'run', 'build', '--output-logs=errors-only']);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-bench-'));
const postgres = await startEmbeddedPostgres({ dir, log: () => {} });
let api;
try {
  await postgres.createDatabase('samverkan_bench');
  const url = postgres.url('samverkan_bench');
  step(`Preparing the database: demo data and ${EXTRA_AGENCIES} generated agencies`);
  await prepareDatabase(url, { seedDemoData: true });
  await generateAgencies(url, EXTRA_AGENCIES);

  const port = await findFreePort();
  const startedAt = Date.now();
  // One user drives every scenario here, far past the per-person limit on directory reads.
  api = spawnApi({ DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DIRECTORY_READS_PER_10_MIN: '100000000' });
  await waitForHttpOk(`http://127.0.0.1:${port}/api/health/ready`, 30_000, () => api.exitCode === null);
  console.log(`API ready ${((Date.now() - startedAt) / 1000).toFixed(2)} s after its process started.`);

  // The directory is for signed-in members: one login, then every request carries its session.
  const cookie = await signIn(port);
  const scenarios = [
    ['health/live', '/api/health/live'],
    ['auth/me (session check)', '/api/auth/me'],
    ['municipalities', '/api/municipalities'],
    ['agencies, first page', '/api/agencies'],
    ['agencies, q=socialtjanst', '/api/agencies?q=socialtjanst'],
    ['agencies, q=karlstd (typo)', '/api/agencies?q=karlstd'],
    ['agencies, municipality+sector', '/api/agencies?municipality=1784&sector=SOCIAL_SERVICES'],
  ];
  step(`Load: ${CONCURRENCY} concurrent connections, up to ${MAX_REQUESTS} requests or ${MAX_SECONDS} s per scenario`);
  console.log(`${'scenario'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
  for (const [name, urlPath] of scenarios) {
    const result = await load(`http://127.0.0.1:${port}${urlPath}`, { cookie });
    console.log(
      `${name.padEnd(34)} ${result.rps.toFixed(0).padStart(8)} ${result.p50.toFixed(1).padStart(8)} ${result.p95.toFixed(1).padStart(8)} ${result.p99.toFixed(1).padStart(8)} ${String(result.errors).padStart(7)}`,
    );
  }
} finally {
  await stopChild(api);
  await postgres.stop();
  await fs.rm(dir, { recursive: true, force: true });
}

async function signIn(port) {
  const { DEMO_ACCOUNTS } = await import('@repo/test-factories');
  const { email, password } = DEMO_ACCOUNTS.member;
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in for the benchmark failed: HTTP ${response.status}`);
  return response.headers.getSetCookie()[0].split(';')[0];
}

async function generateAgencies(url, count) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(
      `INSERT INTO agencies (id, name, sector, description, updated_at)
       SELECT gen_random_uuid(),
              (ARRAY['Fritidsgården','Enheten för barn och unga','Elevhälsan','Föreningen','Mottagningen'])[1 + i % 5]
                || ' ' || (ARRAY['Norr','Söder','Väster','Öster','Centrum','Älvdalen','Åsen'])[1 + i % 7] || ' ' || i,
              (enum_range(NULL::"Sector"))[1 + i % 10],
              'Genererad organisation för prestandamätning, nummer ' || i,
              now()
       FROM generate_series(1, $1) AS i`,
      [count],
    );
    await client.query(
      `INSERT INTO agency_municipalities (agency_id, municipality_code)
       SELECT a.id, m.code FROM agencies a
       JOIN LATERAL (SELECT code FROM municipalities ORDER BY random() LIMIT 1 + (hashtext(a.id::text) & 1)) m ON true
       WHERE a.description LIKE 'Genererad%'`,
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

/** Keeps CONCURRENCY requests in flight until MAX_REQUESTS are done or MAX_SECONDS have passed. */
async function load(url, headers) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = () =>
    new Promise((resolve) => {
      const started = process.hrtime.bigint();
      http
        .get(url, { agent, headers }, (response) => {
          response.resume();
          response.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: response.statusCode === 200 }));
        })
        .on('error', () => resolve({ ms: 0, ok: false }));
    });
  for (let i = 0; i < 50; i += 1) await get(); // warm-up
  const latencies = [];
  let errors = 0;
  let issued = 0;
  const startedAt = performance.now();
  const deadline = startedAt + MAX_SECONDS * 1000;
  async function worker() {
    while (issued < MAX_REQUESTS && performance.now() < deadline) {
      issued += 1;
      const { ms, ok } = await get();
      if (ok) latencies.push(ms);
      else errors += 1;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}
