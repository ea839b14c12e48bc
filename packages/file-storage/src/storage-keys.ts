import { randomUUID } from 'node:crypto';

// Lower-case letters, digits and hyphens only: the same key is then a safe file path on every
// disk and a plain S3 key, and nothing like "..", "/" at the start or a drive letter can get in.
const SEGMENT = /^[a-z0-9-]+$/;

export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Not a storage key: ${JSON.stringify(key)}. Keys are segments of a-z, 0-9 and "-" joined by "/".`);
    this.name = 'InvalidStorageKeyError';
  }
}

function isValidPath(path: string): boolean {
  return path.split('/').every((segment) => SEGMENT.test(segment));
}

/** Throws InvalidStorageKeyError unless the key is segments of [a-z0-9-] joined by "/". */
export function assertValidStorageKey(key: string): void {
  if (!isValidPath(key)) throw new InvalidStorageKeyError(key);
}

/** A list prefix: empty, or whole segments optionally followed by "/", or a partial last segment. */
export function assertValidStoragePrefix(prefix: string): void {
  if (prefix === '') return;
  if (!isValidPath(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix)) throw new InvalidStorageKeyError(prefix);
}

export function isValidStorageKey(key: string): boolean {
  return isValidPath(key);
}

/** A fresh key under the given segments, e.g. newStorageKey('resources', id) → resources/<id>/<uuid>. */
export function newStorageKey(...segments: string[]): string {
  const key = [...segments, randomUUID()].join('/');
  assertValidStorageKey(key);
  return key;
}
