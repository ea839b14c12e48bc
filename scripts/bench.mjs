// `npm run bench`: latency and throughput of the directory's read paths at the scale the issue
// sets (100,000 contacts, 5,000 agencies) and of the events calendar (a month view, and a network
// calendar feed of about 1,000 events with 20,000 in the database), next to the ceiling: the same
// SQL sent straight to PostgreSQL through a pg pool at the same concurrency. The database lives in
// .data/bench and keeps its scale data between runs. Prints a table and writes the figures to
// .data/bench/results.json. Traffic stays on loopback; each scenario runs for a bounded time.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { rootDir, runOrThrow, spawnApi, step, stopChild, waitForHttpOk } from './lib/process.mjs';

ensureInstalled();
const { prepareDatabase } = await import('./lib/database.mjs');
const { findFreePort, startEmbeddedPostgres } = await import('./lib/embedded-postgres.mjs');
const { seedScaleData } = await import('./lib/scale-data.mjs');
const { default: autocannon } = await import('autocannon');
const { default: pg } = await import('pg');

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Issue 5: the network feed of 1,000 events answers within 50 ms at the 95th percentile. */
const FEED_P95_TARGET_MS = 50;
/** The network feed holds events that ended in the last 90 days and all later ones (as the calendar service has it). */
const FEED_PAST_DAYS = 90;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const benchDir = path.join(rootDir, '.data', 'bench');

step('Building');
await runOrThrow(process.execPath, [path.join(rootDir, 'node_modules', 'turbo', 'bin', 'turbo'), 'run', 'build', '--output-logs=errors-only']);
const api = await importApi();
const { DEMO_ACCOUNTS } = await import('@repo/test-factories');

await fs.mkdir(benchDir, { recursive: true });
const postgres = await startEmbeddedPostgres({ dir: path.join(benchDir, 'postgres'), log: () => {} });
let server;
let pool;
try {
  await postgres.createDatabase('samverkan_bench', { ifMissing: true });
  const url = postgres.url('samverkan_bench');
  step('Preparing the database: demo data and the scale data set (generated once, kept in .data/bench)');
  await prepareDatabase(url, { seedDemoData: true });
  await seedScaleData(url);
  pool = new pg.Pool({ connectionString: url, max: CONCURRENCY });
  await pool.query('VACUUM ANALYZE');
  const counts = (
    await pool.query(
      `SELECT (SELECT count(*) FROM contacts)::int AS contacts, (SELECT count(*) FROM agencies)::int AS agencies, (SELECT count(*) FROM functions)::int AS functions,
              (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM event_registrations)::int AS registrations`,
    )
  ).rows[0];
  console.log(`Database: ${counts.contacts} contacts, ${counts.agencies} agencies, ${counts.functions} functions, ${counts.events} events, ${counts.registrations} registrations.`);

  const port = await findFreePort();
  // One user drives every scenario here, far past the per-person limits on directory and feed reads.
  server = spawnApi({
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DIRECTORY_READS_PER_10_MIN: '100000000',
    CALENDAR_FEED_READS_PER_10_MIN: '100000000',
  });
  await waitForHttpOk(`http://127.0.0.1:${port}/api/health/ready`, 30_000, () => server.exitCode === null);
  const cookie = await signIn(port);

  const places = (await pool.query('SELECT code, name FROM municipalities')).rows;
  const agencyId = (await pool.query(`SELECT id FROM agencies WHERE description LIKE 'Genererad%' ORDER BY id LIMIT 1 OFFSET 1234`)).rows[0].id;
  const agencySql = await api.captureAgencySql(url, agencyId);

  // The signed-in member of every scenario, who also owns the feed.
  const member = (await pool.query(`SELECT id, role, agency_id AS "agencyId", is_agency_editor AS "isAgencyEditor" FROM users WHERE email = $1`, [DEMO_ACCOUNTS.member.email])).rows[0];
  // The events of this month in Swedish time, as the calendar's month view asks for them.
  const month = api.swedishMonth(new Date());
  const monthQuery = new URLSearchParams({ from: month.from.toISOString(), to: month.to.toISOString(), pageSize: String(api.EVENT_PAGE_SIZE_MAX) });
  const monthSql = await api.captureEventListSql(url, member, month);
  // The bench user's network feed, at an address made for this run (the earlier ones revoked).
  await pool.query(`UPDATE calendar_feed_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [member.id]);
  const feedToken = api.randomToken();
  await pool.query(`INSERT INTO calendar_feed_tokens (id, token, user_id, created_at) VALUES (gen_random_uuid(), $1, $2, now())`, [feedToken, member.id]);
  const feedPath = `/api/calendar/feeds/${feedToken}/network.ics`;
  const feed = await readFeed(`http://127.0.0.1:${port}${feedPath}`);
  if (feed.events < 900 || feed.events > 1200) {
    throw new Error(`The network feed holds ${feed.events} events; the scenario needs about 1,000 (the scale data set's events, see scripts/lib/scale-data.mjs).`);
  }
  console.log(`Events month view: ${month.label}. Network feed of the bench user: ${feed.events} events, ${Math.round(feed.bytes / 1024)} KB uncompressed.`);
  const feedSql = await api.captureFeedSql(url, feedToken);

  /** [name, API path, the SQL behind it as { text, values }[], { p95Ms target, request headers }?] */
  const scenarios = [
    ...[
      'q=lindqvst',
      'q=samordnare+arvika',
      'q=avhopparstöd+kil',
      'q=socialtjänst&municipality=1784',
      'q=fältsekreterare+sunne&type=function',
      'municipality=1780&sector=POLICE&type=contact',
    ].map((query) => [`search ${decodeURIComponent(query.replace(/\+/g, ' '))}`, `/api/search?${query}`, [api.searchStatement(query, places)]]),
    ...['competence=anhorigstod&municipality=1784', 'function=CVE_COORDINATOR&municipality=1766', 'competence=avhopparstod&municipality=1780&sector=SOCIAL_SERVICES'].map((query) => [
      `finder ${query.replace(/&municipality=/, ' in ').replace(/&sector=/, ' from ')}`,
      `/api/counterparts?${query}`,
      [api.counterpartStatement(query)],
    ]),
    ['agency page', `/api/agencies/${agencyId}`, agencySql],
    ['events month view', `/api/events?${monthQuery}`, monthSql],
    // Calendar apps ask for gzip; the plain one shows what a client that does not costs.
    ['network feed, 1,000 events (gzip)', feedPath, feedSql, { p95Ms: FEED_P95_TARGET_MS, headers: { 'accept-encoding': 'gzip' } }],
    ['network feed, 1,000 events (uncompressed)', feedPath, feedSql, { p95Ms: FEED_P95_TARGET_MS }],
  ];

  step(`Load: ${CONCURRENCY} concurrent clients, ${SECONDS} s per scenario, through the API and straight to PostgreSQL`);
  console.log(
    `${'scenario'.padEnd(48)} ${'API req/s'.padStart(9)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)}  |${'SQL q/s'.padStart(8)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)}  | API/SQL`,
  );
  const results = [];
  for (const [name, urlPath, statements, { headers, ...target } = {}] of scenarios) {
    const viaApi = await loadApi(`http://127.0.0.1:${port}${urlPath}`, { cookie, ...headers });
    const ceiling = await loadSql(pool, statements);
    const share = ceiling.rps > 0 ? viaApi.rps / ceiling.rps : 0;
    const met = target.p95Ms ? viaApi.p95 <= target.p95Ms && viaApi.errors === 0 : undefined;
    results.push({ name, path: urlPath, api: viaApi, sql: ceiling, apiShareOfSql: Number(share.toFixed(3)), ...(target.p95Ms ? { target: { ...target, met } } : {}) });
    const f = (n) => n.toFixed(1).padStart(6);
    console.log(
      `${name.padEnd(48)} ${viaApi.rps.toFixed(0).padStart(9)} ${f(viaApi.p50)} ${f(viaApi.p95)} ${f(viaApi.p99)}  |${ceiling.rps.toFixed(0).padStart(8)} ${f(ceiling.p50)} ${f(ceiling.p95)} ${f(ceiling.p99)}  | ${(share * 100).toFixed(0).padStart(4)} %${viaApi.errors ? `  (${viaApi.errors} errors)` : ''}` +
        (target.p95Ms ? `  target p95 ≤ ${target.p95Ms} ms: ${met ? 'met' : 'NOT met'}` : ''),
    );
  }
  const file = path.join(benchDir, 'results.json');
  await fs.writeFile(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, concurrency: CONCURRENCY, seconds: SECONDS, database: counts, scenarios: results }, null, 2)}\n`,
  );
  console.log(`Latencies in ms. Figures written to ${path.relative(rootDir, file)}.`);
} finally {
  await pool?.end();
  await stopChild(server);
  await postgres.stop();
}

/** The API's own statement builders (from its build), so the ceiling runs exactly its SQL. */
async function importApi() {
  const dist = (file) => import(path.join(rootDir, 'apps', 'api', 'dist', file));
  const { SearchQuerySchema, CounterpartQuerySchema, STALE_AFTER_DAYS, splitPlaces } = await import('@repo/contracts');
  const { searchSql } = await dist('modules/search/search.sql.js');
  
  const { searchTerms } = await dist('common/text/search-terms.js');
  const { counterpartsSql } = await dist('modules/counterparts/counterparts.sql.js');
  const { stockholmDay, stockholmDayStart } = await dist('common/time/stockholm.js');
  const { randomToken } = await dist('common/crypto/tokens.js');
  const { EventsRepository } = await dist('modules/events/events.repository.js');
  const { CalendarRepository } = await dist('modules/calendar/calendar.repository.js');
  const { EVENT_PAGE_SIZE_MAX } = await import('@repo/contracts');
  const { agencySelect } = await dist('modules/agencies/agencies.repository.js');
  const { PrismaClient } = await import('@repo/db');
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const statement = (sql) => ({ text: sql.text, values: sql.values });
  return {
    searchStatement(query, places) {
      const parsed = SearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const { codes, rest } = splitPlaces(searchTerms(parsed.q), places);
      return statement(searchSql({ query: parsed, terms: rest, placeCodes: codes }));
    },
    counterpartStatement(query) {
      const parsed = CounterpartQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const now = new Date();
      return statement(counterpartsSql({ query: parsed, staleBefore: new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000), today: stockholmDay(now) }));
    },
    /** The agency page is read through Prisma: its queries are recorded once and replayed. */
    captureAgencySql(url, id) {
      return captureSql(url, (prisma) => prisma.agency.findUnique({ where: { id }, select: agencySelect }));
    },
    randomToken,
    EVENT_PAGE_SIZE_MAX,
    /** The calendar month (Swedish time) of an instant: from its first midnight to the next month's. */
    swedishMonth(at) {
      const [year, month] = stockholmDay(at).split('-').map(Number);
      const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
      return { from: stockholmDayStart(`${year}-${String(month).padStart(2, '0')}-01`), to: stockholmDayStart(`${next}-01`), label: `${year}-${String(month).padStart(2, '0')}` };
    },
    /** The month view's statement, as the events repository sends it for the reader. */
    captureEventListSql(url, reader, window) {
      const filters = { from: window.from, to: window.to, mine: false, myAgency: false, relevant: false, includeCancelled: true, page: 1, pageSize: EVENT_PAGE_SIZE_MAX };
      return captureSql(url, (prisma) => new EventsRepository({ client: prisma }).list(reader, filters));
    },
    /**
     * What a feed read costs the database when nothing is reused: the address's owner and the
     * signature of the feed's rows. The API keeps the rendered feed by that signature, and the
     * signature itself for a moment, so most reads send only the first statement.
     */
    captureFeedSql(url, token) {
      return captureSql(url, async (prisma) => {
        const repository = new CalendarRepository({ client: prisma });
        const owner = await repository.findFeedOwner(token);
        await repository.feedSignature(owner, { kind: 'network' }, new Date(Date.now() - FEED_PAST_DAYS * 86_400_000));
      });
    },
  };

  /** Runs `read` once on a client that records its statements, for the ceiling to replay. */
  async function captureSql(url, read) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: 'event', level: 'query' }] });
    const captured = [];
    prisma.$on('query', (event) => captured.push({ text: event.query, values: JSON.parse(event.params) }));
    await read(prisma);
    await prisma.$disconnect();
    return captured.filter(({ text }) => !/^(BEGIN|COMMIT)/.test(text));
  }
}

/** How many events a feed holds and its size, read once through the API. */
async function readFeed(url) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`Reading the network feed for the benchmark failed: HTTP ${response.status}`);
  const body = await response.text();
  return { events: body.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0, bytes: Buffer.byteLength(body) };
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

function summarise(latencies, seconds, errors) {
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const round = (n) => Number(n.toFixed(2));
  return { requests: latencies.length, rps: round(latencies.length / seconds), p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), errors };
}

/** autocannon against the API; every response's time is kept, so the percentiles are exact. */
async function loadApi(url, headers) {
  await autocannon({ url, connections: CONCURRENCY, amount: 200, headers }); // warm-up
  const latencies = [];
  let errors = 0;
  const instance = autocannon({ url, connections: CONCURRENCY, duration: SECONDS, headers });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await instance;
  return summarise(latencies, result.duration, errors + result.errors + result.timeouts);
}

/** The same SQL through a pg pool, CONCURRENCY statements in flight, for the same time. */
async function loadSql(pool, statements) {
  const once = async () => {
    for (const { text, values } of statements) await pool.query(text, values);
  };
  for (let i = 0; i < 50; i += 1) await once(); // warm-up
  const latencies = [];
  const startedAt = performance.now();
  const deadline = startedAt + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        await once();
        latencies.push(performance.now() - started);
      }
    }),
  );
  return summarise(latencies, (performance.now() - startedAt) / 1000, 0);
}
