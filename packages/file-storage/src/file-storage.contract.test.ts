import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileStorage, StoredFileMissingError } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';
import { InvalidStorageKeyError } from './storage-keys';

interface Driver {
  name: string;
  start(): Promise<{ storage: FileStorage; stop(): Promise<void> }>;
}

const BUCKET = 'contract-tests';
// s3rver checks request signatures against these.
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

const drivers: Driver[] = [
  {
    name: 'local disk',
    async start() {
      const dir = await mkdtemp(path.join(tmpdir(), 'file-storage-local-'));
      return { storage: new LocalDiskStorage(dir), stop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'S3 (s3rver through the AWS SDK)',
    async start() {
      const dir = await mkdtemp(path.join(tmpdir(), 'file-storage-s3rver-'));
      const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
      const { port } = await server.run();
      // A page size of 2 makes every list with more than two keys go through the continuation tokens.
      const storage = new S3Storage({
        bucket: BUCKET,
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: S3RVER_CREDENTIALS,
        listPageSize: 2,
      });
      return {
        storage,
        async stop() {
          storage.destroy();
          await server.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

/** A fresh key space per test, so tests never see each other's files. */
const area = () => `contract/${randomUUID()}`;

describe.each(drivers)('FileStorage contract: $name', (driver) => {
  let storage: FileStorage;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, stop } = await driver.start());
  });

  afterAll(async () => {
    await stop();
  });

  const read = async (key: string) => buffer(await storage.get(key));

  it('gives back exactly the bytes it was given, small, empty and several megabytes', async () => {
    const base = area();
    const bodies = {
      [`${base}/text`]: Buffer.from('Lokal handlingsplan – Kil kommun (exempel)\n', 'utf8'),
      [`${base}/empty`]: Buffer.alloc(0),
      [`${base}/large`]: randomBytes(5 * 1024 * 1024 + 17),
    };
    for (const [key, body] of Object.entries(bodies)) await storage.put(key, body, 'application/octet-stream');
    for (const [key, body] of Object.entries(bodies)) {
      const stored = await read(key);
      expect(stored.length).toBe(body.length);
      expect(stored.equals(body)).toBe(true);
      expect(await storage.exists(key)).toBe(true);
    }
  });

  it('replaces what was stored under a key', async () => {
    const key = `${area()}/file`;
    await storage.put(key, Buffer.from('first version'), 'text/plain');
    await storage.put(key, Buffer.from('second'), 'text/plain');
    expect((await read(key)).toString()).toBe('second');
    expect(await storage.list(key)).toEqual([key]);
  });

  it('answers a missing key with StoredFileMissingError', async () => {
    const key = `${area()}/never-stored`;
    const error = await storage.get(key).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoredFileMissingError);
    expect((error as StoredFileMissingError).key).toBe(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('forgets a deleted key', async () => {
    const key = `${area()}/file`;
    await storage.put(key, Buffer.from('to be removed'), 'text/plain');
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissingError);
    expect(await storage.list(key)).toEqual([]);
  });

  it('deletes a key that is not there without complaint, twice', async () => {
    const key = `${area()}/never-stored`;
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await storage.put(key, Buffer.from('x'), 'text/plain');
    await storage.delete(key);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('lists the keys under a prefix, sorted, and none under other prefixes', async () => {
    const base = area();
    const keys = [`${base}/a/3`, `${base}/a/1`, `${base}/a/2`, `${base}/ab/1`, `${base}/b/1`, `${base}/a/deeper/1`];
    for (const key of keys) await storage.put(key, Buffer.from(key), 'text/plain');

    expect(await storage.list(`${base}/a/`)).toEqual([`${base}/a/1`, `${base}/a/2`, `${base}/a/3`, `${base}/a/deeper/1`]);
    // A prefix is a prefix of the key, not a folder: "a" also matches "ab".
    expect(await storage.list(`${base}/a`)).toEqual([`${base}/a/1`, `${base}/a/2`, `${base}/a/3`, `${base}/a/deeper/1`, `${base}/ab/1`]);
    expect(await storage.list(`${base}/b/`)).toEqual([`${base}/b/1`]);
    expect(await storage.list(`${base}/`)).toEqual([...keys].sort());
    expect(await storage.list(`${base}/c/`)).toEqual([]);
    expect(await storage.list(`${area()}/`)).toEqual([]);

    for (const key of keys) await storage.delete(key);
    expect(await storage.list(`${base}/`)).toEqual([]);
  });

  const badKeys = [
    ['a parent folder', '../outside'],
    ['a parent folder inside the key', 'contract/../../outside'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a backslash', 'contract\\file'],
    ['a dot segment', 'contract/./file'],
    ['an empty segment', 'contract//file'],
    ['capital letters', 'Contract/File'],
    ['a dot', 'contract/file.pdf'],
    ['spaces and control characters', 'contract/a b\n'],
    ['non-ASCII letters', 'contract/åäö'],
  ];

  it.each([...badKeys, ['a trailing slash', 'contract/file/'], ['nothing at all', '']])('refuses a key with %s', async (_what, key) => {
    await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });

  it.each(badKeys)('refuses to list a prefix with %s', async (_what, prefix) => {
    await expect(storage.list(prefix)).rejects.toBeInstanceOf(InvalidStorageKeyError);
  });
});

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    // The storage root is one level down, so a key that escaped it would land beside it.
    const parent = await mkdtemp(path.join(tmpdir(), 'file-storage-disk-'));
    root = path.join(parent, 'root');
    storage = new LocalDiskStorage(root);
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('stores a key as a file of the same path under its folder and nothing else', async () => {
    const id = randomUUID();
    await storage.put(`resources/${id}/file`, Buffer.from('hej'), 'text/plain');
    expect((await stat(path.join(root, 'resources', id, 'file'))).size).toBe(3);
    expect(await readdir(path.join(root, 'resources', id))).toEqual(['file']);
    expect(await readdir(path.dirname(root))).toEqual(['root']);
  });

  it('removes the folders a delete leaves empty, and keeps the others', async () => {
    const first = randomUUID();
    const second = randomUUID();
    await storage.put(`resources/${first}/one`, Buffer.from('1'), 'text/plain');
    await storage.put(`resources/${second}/one`, Buffer.from('1'), 'text/plain');
    await storage.put(`resources/${second}/two`, Buffer.from('2'), 'text/plain');

    await storage.delete(`resources/${first}/one`);
    await storage.delete(`resources/${second}/one`);

    const folders = await readdir(path.join(root, 'resources'));
    expect(folders).not.toContain(first);
    expect(folders).toContain(second);
    expect(await stat(root)).toBeTruthy();
  });

  it('leaves neither a file under the key nor a temporary file when a write fails', async () => {
    const base = `failing/${randomUUID()}`;
    // A folder already stands where the new file would go, so the final rename fails.
    await storage.put(`${base}/taken/inner`, Buffer.from('x'), 'text/plain');
    await expect(storage.put(`${base}/taken`, Buffer.from('y'), 'text/plain')).rejects.toThrow();
    expect(await readdir(path.join(root, ...base.split('/')))).toEqual(['taken']);
    expect(await storage.list(`${base}/`)).toEqual([`${base}/taken/inner`]);
    expect(await storage.exists(`${base}/taken`)).toBe(false);
    await expect(storage.get(`${base}/taken`)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('does not list temporary files of writes in progress', async () => {
    const key = `listing/${randomUUID()}`;
    const folder = path.join(root, ...key.split('/'));
    await storage.put(`${key}/file`, Buffer.from('x'), 'text/plain');
    await writeFile(path.join(folder, '.file.1234.tmp'), 'half');
    expect(await storage.list(`${key}/`)).toEqual([`${key}/file`]);
  });
});

describe('S3Storage', () => {
  let server: S3rver;
  let dir: string;
  let client: S3Client;
  let storage: S3Storage;
  let endpoint: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'file-storage-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    storage = new S3Storage({ bucket: BUCKET, region: 'us-east-1', endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
    client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  });

  afterAll(async () => {
    storage.destroy();
    client.destroy();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the media type with the object', async () => {
    const key = `typed/${randomUUID()}`;
    await storage.put(key, Buffer.from('%PDF-1.7\n'), 'application/pdf');
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentType).toBe('application/pdf');
    expect(head.ContentLength).toBe(9);
  });

  it('reports a missing bucket as an error, not as a missing file', async () => {
    const elsewhere = new S3Storage({
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: S3RVER_CREDENTIALS,
    });
    try {
      const error = await elsewhere.get('typed/x').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(StoredFileMissingError);
    } finally {
      elsewhere.destroy();
    }
  });
});
