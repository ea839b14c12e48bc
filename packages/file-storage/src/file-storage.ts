import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are made by the server (see newStorageKey) and never come from a
 * file's name. Every driver passes the same contract tests (file-storage.contract.test.ts).
 */
export interface FileStorage {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, body: Buffer, mediaType: string): Promise<void>;
  /** The bytes stored under the key; throws StoredFileMissingError when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes stored under the key; removing what is not there is no error. */
  delete(key: string): Promise<void>;
  /** Whether something is stored under the key. */
  exists(key: string): Promise<boolean>;
  /** The keys that start with the prefix, sorted; lets callers and tests prove nothing was left behind. */
  list(prefix: string): Promise<string[]>;
}

export class StoredFileMissingError extends Error {
  constructor(readonly key: string) {
    super(`No file is stored under ${key}.`);
    this.name = 'StoredFileMissingError';
  }
}
