// Runs the Prisma CLI from the repository root with the workarounds Prisma 6.19.3 needs offline:
// the timer preload (its WASM engine leaves long timers that keep the CLI alive) and a
// syntactically valid DATABASE_URL for commands that never connect (generate).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rootDir } from './lib/process.mjs';

function runPrisma(args, env = process.env) {
  const require = createRequire(path.join(rootDir, 'package.json'));
  const cli = require.resolve('prisma/build/index.js');
  const preload = path.join(rootDir, 'scripts', 'unref-long-timers.cjs');
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: rootDir,
    stdio: 'inherit',
    env: {
      ...env,
      DATABASE_URL: env.DATABASE_URL ?? 'postgresql://build:build@localhost:5432/build',
      NODE_OPTIONS: [env.NODE_OPTIONS, `--require ${JSON.stringify(preload)}`].filter(Boolean).join(' '),
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(' ')} failed with exit code ${result.status}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    runPrisma(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
