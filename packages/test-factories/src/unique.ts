import { randomBytes } from 'node:crypto';

// Unique across parallel test workers and repeated runs against the same database.
const runTag = randomBytes(3).toString('hex');
let counter = 0;

/** A short value no other call returns, for names and e-mail addresses that must not collide. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${runTag}${counter}`;
}
