// Quiet logs unless a test run asks for them (LOG_LEVEL=info npm run test:e2e).
process.env.LOG_LEVEL ??= 'silent';
process.env.NODE_ENV = 'test';
