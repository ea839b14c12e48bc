// Installs the dependencies when they are missing or older than package-lock.json. Uses only
// Node's own modules, since it runs before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from './process.mjs';

export function ensureInstalled() {
  const lockFile = path.join(rootDir, 'package-lock.json');
  const installed = path.join(rootDir, 'node_modules', '.package-lock.json');
  const isCurrent = existsSync(installed) && statSync(installed).mtimeMs >= statSync(lockFile).mtimeMs;
  if (isCurrent) return;
  console.log('▸ Installing dependencies (npm ci) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: rootDir, stdio: 'inherit' });
}
