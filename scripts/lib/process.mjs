// Small helpers for the project's scripts: run a command and wait, print a step.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Runs a command to completion. With `quiet`, its output is kept and printed only if it fails.
 * Resolves with the exit code; rejects only if the command cannot be started.
 */
export function run(command, args, { cwd = rootDir, env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (quiet && status !== 0) process.stderr.write(Buffer.concat(output));
      resolve(status);
    });
  });
}

/** Like run(), but throws when the command fails. */
export async function runOrThrow(command, args, options) {
  const status = await run(command, args, options);
  if (status !== 0) throw new Error(`${[command, ...args].join(' ')} exited with ${status}`);
}

export function step(message) {
  console.log(`\n▸ ${message}`);
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitForHttpOk(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the server stopped before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Sends SIGTERM to a child process and resolves once it has exited (SIGKILL after `timeoutMs`). */
export async function stopChild(child, timeoutMs = 12_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(forced);
}

/** Starts the built API (which also serves the built web app) with extra environment variables. */
export function spawnApi(env) {
  return spawn(process.execPath, [path.join(rootDir, 'apps', 'api', 'dist', 'main.js')], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
}
