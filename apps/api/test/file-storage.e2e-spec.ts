import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { type FileStorage, LocalDiskStorage, newStorageKey } from '@repo/file-storage';
import { FILE_STORAGE } from '../src/common/storage/file-storage.token';
import { REPOSITORY_ROOT } from '../src/config/config.schema';
import { createTestApp, type TestApp } from './utils/create-test-app';

describe('file storage in the tests', () => {
  let t: TestApp;
  let storage: FileStorage;

  beforeAll(async () => {
    t = await createTestApp();
    storage = t.app.get<FileStorage>(FILE_STORAGE);
  });

  afterAll(async () => {
    await t.close();
  });

  it("writes to this run's temporary folder, never to the repository's .data/files", async () => {
    const dir = process.env.FILE_STORAGE_DIR ?? '';
    expect(path.relative(os.tmpdir(), dir).startsWith('..')).toBe(false);
    expect(path.relative(REPOSITORY_ROOT, dir).startsWith('..')).toBe(true);
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).rootDir).toBe(path.resolve(dir));

    const key = newStorageKey('resources', '0b6f4c1e-6a3f-4d51-9a59-2b1f0f6a7c10');
    await storage.put(key, Buffer.from('%PDF-1.7 exempel'), 'application/pdf');
    expect(await readFile(path.join(dir, ...key.split('/')), 'utf8')).toBe('%PDF-1.7 exempel');
    expect((await buffer(await storage.get(key))).toString()).toBe('%PDF-1.7 exempel');
    await storage.delete(key);
    expect(await storage.list('resources/0b6f4c1e-6a3f-4d51-9a59-2b1f0f6a7c10/')).toEqual([]);
  });
});
