// `npm test`: install if needed, build, then lint, typecheck, unit tests, API e2e tests on a real
// PostgreSQL, and browser tests in real Chromium. Every step runs even if an earlier one failed
// (except after a failed build), and the last line sums up: "N passed, M failed".
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled } from './lib/ensure-install.mjs';
import { CHROMIUM_HELP, findChromium } from './lib/find-chromium.mjs';
import { findFreePort } from './lib/embedded-postgres.mjs';
import { rootDir, run, step } from './lib/process.mjs';

ensureInstalled();

const reportsDir = path.join(rootDir, '.data', 'test-reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });
const report = (name) => path.join(reportsDir, `${name}.json`);

const turbo = path.join(rootDir, 'node_modules', 'turbo', 'bin', 'turbo');
const results = [];

function record(name, passed, failed, seconds, note) {
  results.push({ name, passed, failed, seconds, note });
}

/** Counts from a Jest, Vitest (Jest-compatible) or Playwright JSON report. */
function countsFrom(file) {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (data.stats && 'expected' in data.stats) {
    return { passed: data.stats.expected + data.stats.flaky, failed: data.stats.unexpected };
  }
  return { passed: data.numPassedTests, failed: data.numFailedTests + (data.numRuntimeErrorTestSuites ?? 0) };
}

/** A step that passes or fails as a whole (build, lint, typecheck). */
async function check(name, command, args, options) {
  step(name);
  const started = Date.now();
  const status = await run(command, args, options);
  record(name, status === 0 ? 1 : 0, status === 0 ? 0 : 1, (Date.now() - started) / 1000);
  return status === 0;
}

/** A step that runs tests and writes JSON reports; its tests are counted one by one. */
async function suite(name, command, args, reportFiles, options) {
  step(name);
  const started = Date.now();
  const status = await run(command, args, options);
  let passed = 0;
  let failed = 0;
  for (const file of reportFiles) {
    const counts = countsFrom(file);
    if (!counts) continue;
    passed += counts.passed;
    failed += counts.failed;
  }
  // A runner that crashed before reporting, or failed outside any test, still fails the run.
  if (status !== 0 && failed === 0) failed = 1;
  record(name, passed, failed, (Date.now() - started) / 1000, status !== 0 ? `exit code ${status}` : undefined);
}

const built = await check('Build', process.execPath, [turbo, 'run', 'build', '--output-logs=errors-only']);
if (built) {
  await check('Lint', process.execPath, [turbo, 'run', 'lint', 'lint:root', '--continue', '--output-logs=errors-only']);
  await check('Typecheck', process.execPath, [turbo, 'run', 'typecheck', 'typecheck:root', '--continue', '--output-logs=errors-only']);

  await suite(
    'Unit tests',
    process.execPath,
    [turbo, 'run', 'test:unit', '--continue', '--output-logs=new-only'],
    ['api-unit', 'contracts-unit', 'file-storage-unit', 'web-unit'].map(report),
    { env: { ...process.env, TEST_REPORTS_DIR: reportsDir } },
  );

  await suite(
    'API end-to-end tests (real PostgreSQL)',
    'npm',
    ['run', 'test:e2e', '-w', '@repo/api', '--', '--maxWorkers=2', '--json', `--outputFile=${report('api-e2e')}`],
    [report('api-e2e')],
  );

  let chromium;
  try {
    chromium = findChromium();
  } catch (error) {
    console.error(error.message);
  }
  if (chromium) {
    const port = await findFreePort(3100);
    await suite(
      'Browser tests (Chromium)',
      process.execPath,
      [path.join(rootDir, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'],
      [report('browser')],
      {
        cwd: path.join(rootDir, 'apps', 'web'),
        env: { ...process.env, BROWSER_TEST_PORT: String(port), BROWSER_TEST_REPORT: report('browser'), CHROMIUM_PATH: chromium },
      },
    );
  } else {
    step('Browser tests (Chromium)');
    console.error(CHROMIUM_HELP);
    record('Browser tests (Chromium)', 0, 1, 0, 'no Chromium found');
  }
}

console.log('\n── Summary ──────────────────────────────────────────');
for (const { name, passed, failed, seconds, note } of results) {
  const mark = failed === 0 ? '✓' : '✗';
  console.log(`${mark} ${name.padEnd(42)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed  ${seconds.toFixed(0).padStart(4)} s${note ? `  (${note})` : ''}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
