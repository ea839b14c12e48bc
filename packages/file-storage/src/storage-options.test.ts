import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';
import { newStorageKey } from './storage-keys';
import { createFileStorage, StorageConfigError, storageOptionsFromEnv } from './storage-options';

const root = path.resolve('/srv/samverkan');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof StorageConfigError) return error.problems.map((problem) => `${problem.variable} ${problem.message}`);
    throw error;
  }
  throw new Error('expected a StorageConfigError');
}

describe('storageOptionsFromEnv', () => {
  it('stores files on local disk under .data/files of the repository by default', () => {
    expect(storageOptionsFromEnv({}, root)).toEqual({ driver: 'local', dir: path.join(root, '.data', 'files') });
    expect(storageOptionsFromEnv({ FILE_STORAGE: '', FILE_STORAGE_DIR: '' }, root)).toEqual({ driver: 'local', dir: path.join(root, '.data', 'files') });
  });

  it('takes a relative FILE_STORAGE_DIR from the repository root and an absolute one as it is', () => {
    expect(storageOptionsFromEnv({ FILE_STORAGE: 'local', FILE_STORAGE_DIR: 'var/files' }, root)).toEqual({ driver: 'local', dir: path.join(root, 'var', 'files') });
    expect(storageOptionsFromEnv({ FILE_STORAGE_DIR: '/mnt/shared/files' }, root)).toEqual({ driver: 'local', dir: path.resolve('/mnt/shared/files') });
  });

  it('refuses an unknown driver', () => {
    expect(problemsOf(() => storageOptionsFromEnv({ FILE_STORAGE: 'ftp' }, root))).toEqual(['FILE_STORAGE must be local or s3']);
  });

  it('reads AWS S3: bucket and region, virtual-host addressing, the default credential chain', () => {
    expect(storageOptionsFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'samverkan-files', S3_REGION: 'eu-north-1' }, root)).toEqual({
      driver: 's3',
      bucket: 'samverkan-files',
      region: 'eu-north-1',
      forcePathStyle: false,
    });
  });

  it('reads MinIO: endpoint, path-style addressing and keys, region defaulting', () => {
    const env = {
      FILE_STORAGE: 's3',
      S3_BUCKET: 'files',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'samverkan',
      S3_SECRET_ACCESS_KEY: 'secret-key',
      S3_REGION: '',
      S3_FORCE_PATH_STYLE: '',
    };
    expect(storageOptionsFromEnv(env, root)).toEqual({
      driver: 's3',
      bucket: 'files',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'samverkan', secretAccessKey: 'secret-key' },
    });
    expect(storageOptionsFromEnv({ ...env, S3_FORCE_PATH_STYLE: 'false' }, root)).toMatchObject({ forcePathStyle: false });
  });

  it('lists every problem of an S3 setting at once', () => {
    expect(problemsOf(() => storageOptionsFromEnv({ FILE_STORAGE: 's3', S3_ACCESS_KEY_ID: 'only-half', S3_FORCE_PATH_STYLE: 'yes' }, root))).toEqual([
      'S3_BUCKET is required when FILE_STORAGE=s3',
      'S3_REGION is required for AWS S3 (e.g. eu-north-1); with S3_ENDPOINT it defaults to us-east-1',
      'S3_SECRET_ACCESS_KEY must be set together with the other S3 key (or leave both unset to use the AWS default credentials)',
      'S3_FORCE_PATH_STYLE must be true or false',
    ]);
    expect(problemsOf(() => storageOptionsFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' }, root))).toEqual([
      'S3_ENDPOINT must be an http:// or https:// address, e.g. https://minio.example.se:9000',
    ]);
    expect(problemsOf(() => storageOptionsFromEnv({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_REGION: 'eu-north-1', S3_SECRET_ACCESS_KEY: 'x' }, root))).toEqual([
      'S3_ACCESS_KEY_ID must be set together with the other S3 key (or leave both unset to use the AWS default credentials)',
    ]);
  });
});

describe('createFileStorage', () => {
  it('makes the driver the options name', () => {
    const local = createFileStorage({ driver: 'local', dir: '/tmp/files' });
    expect(local).toBeInstanceOf(LocalDiskStorage);
    expect((local as LocalDiskStorage).rootDir).toBe(path.resolve('/tmp/files'));
    const s3 = createFileStorage({ driver: 's3', bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', forcePathStyle: true });
    expect(s3).toBeInstanceOf(S3Storage);
    (s3 as S3Storage).destroy();
  });
});

describe('newStorageKey', () => {
  it('makes a fresh valid key under the given segments every time', () => {
    const id = '0b6f4c1e-6a3f-4d51-9a59-2b1f0f6a7c10';
    const first = newStorageKey('resources', id);
    expect(first).toMatch(new RegExp(`^resources/${id}/[0-9a-f-]{36}$`));
    expect(newStorageKey('resources', id)).not.toBe(first);
  });

  it('refuses segments that would make an unsafe key', () => {
    expect(() => newStorageKey('resources', '../etc')).toThrow(/Not a storage key/);
    expect(() => newStorageKey('Resources')).toThrow(/Not a storage key/);
  });
});
