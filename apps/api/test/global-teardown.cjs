const fs = require('node:fs/promises');

module.exports = async function globalTeardown() {
  const { postgres, dir } = globalThis.__E2E_POSTGRES__;
  await postgres.stop();
  await fs.rm(dir, { recursive: true, force: true });
};
