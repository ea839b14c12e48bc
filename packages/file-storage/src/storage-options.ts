import path from 'node:path';
import type { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage, type S3StorageOptions } from './s3-storage';

export type StorageOptions = { driver: 'local'; dir: string } | ({ driver: 's3' } & S3StorageOptions & { forcePathStyle: boolean });

/** The environment variables that choose and configure the storage (documented in .env.example). */
export interface StorageEnv {
  FILE_STORAGE?: string;
  FILE_STORAGE_DIR?: string;
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ENDPOINT?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE?: string;
}

export interface StorageConfigProblem {
  variable: keyof StorageEnv;
  message: string;
}

export class StorageConfigError extends Error {
  constructor(readonly problems: StorageConfigProblem[]) {
    super(`Invalid file storage configuration:\n${problems.map((problem) => `  - ${problem.variable} ${problem.message}`).join('\n')}`);
    this.name = 'StorageConfigError';
  }
}

// Compose files pass unset variables on as empty strings.
function setting(env: StorageEnv, name: keyof StorageEnv): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * Reads FILE_STORAGE (local | s3, default local) and its settings. A relative FILE_STORAGE_DIR is
 * taken from the repository root, so the API, the seed and the scripts find the same folder
 * whichever folder they run from. Throws a StorageConfigError listing every problem.
 */
export function storageOptionsFromEnv(env: StorageEnv, repoRoot: string): StorageOptions {
  const problems: StorageConfigProblem[] = [];
  const driver = setting(env, 'FILE_STORAGE') ?? 'local';

  if (driver === 'local') {
    return { driver, dir: path.resolve(repoRoot, setting(env, 'FILE_STORAGE_DIR') ?? path.join('.data', 'files')) };
  }
  if (driver !== 's3') {
    throw new StorageConfigError([{ variable: 'FILE_STORAGE', message: 'must be local or s3' }]);
  }

  const bucket = setting(env, 'S3_BUCKET');
  const endpoint = setting(env, 'S3_ENDPOINT');
  const accessKeyId = setting(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = setting(env, 'S3_SECRET_ACCESS_KEY');
  const forcePathStyle = setting(env, 'S3_FORCE_PATH_STYLE');
  if (!bucket) problems.push({ variable: 'S3_BUCKET', message: 'is required when FILE_STORAGE=s3' });
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    problems.push({ variable: 'S3_ENDPOINT', message: 'must be an http:// or https:// address, e.g. https://minio.example.se:9000' });
  }
  // MinIO and most S3-compatible services ignore the region; AWS answers a wrong one with redirects.
  const region = setting(env, 'S3_REGION') ?? (endpoint ? 'us-east-1' : undefined);
  if (!region) problems.push({ variable: 'S3_REGION', message: 'is required for AWS S3 (e.g. eu-north-1); with S3_ENDPOINT it defaults to us-east-1' });
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    problems.push({
      variable: accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      message: 'must be set together with the other S3 key (or leave both unset to use the AWS default credentials)',
    });
  }
  if (forcePathStyle !== undefined && forcePathStyle !== 'true' && forcePathStyle !== 'false') {
    problems.push({ variable: 'S3_FORCE_PATH_STYLE', message: 'must be true or false' });
  }
  if (problems.length > 0 || !bucket || !region) throw new StorageConfigError(problems);

  return {
    driver,
    bucket,
    region,
    ...(endpoint ? { endpoint } : {}),
    // A custom endpoint usually has no per-bucket host names.
    forcePathStyle: forcePathStyle === undefined ? Boolean(endpoint) : forcePathStyle === 'true',
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}

export function createFileStorage(options: StorageOptions): FileStorage {
  if (options.driver === 'local') return new LocalDiskStorage(options.dir);
  const { driver: _driver, ...s3 } = options;
  return new S3Storage(s3);
}
