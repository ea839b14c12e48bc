// Quiet logs unless a test run asks for them (LOG_LEVEL=info npm run test:e2e).
process.env.LOG_LEVEL ??= 'silent';
process.env.NODE_ENV = 'test';
// Requests from the tests name their client address in X-Forwarded-For (see utils/principals.ts),
// so per-address rate limits apply per test instead of to the whole run.
process.env.TRUST_PROXY = 'loopback';
// Each worker has its own copy of the migrated database (see global-setup.cjs).
process.env.DATABASE_URL = `${process.env.E2E_DATABASE_URL_PREFIX}_${process.env.JEST_WORKER_ID ?? '1'}`;
