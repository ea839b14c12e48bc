import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig } from './config.schema';

describe('parseConfig', () => {
  it('fills in defaults around a valid DATABASE_URL', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://app:secret@db:5432/samverkan' });
    expect(config).toMatchObject({ NODE_ENV: 'development', HOST: 'localhost', PORT: 3000, LOG_LEVEL: 'info' });
  });

  it('lists every missing or invalid variable at once', () => {
    let error: unknown;
    try {
      parseConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('DATABASE_URL is required');
    expect(message).toMatch(/PORT .*number/i);
    expect(message).toContain('LOG_LEVEL');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
  });

  it('keeps the shutdown grace inside the 10-second budget', () => {
    expect(() => parseConfig({ DATABASE_URL: 'postgresql://a@b/c', SHUTDOWN_GRACE_MS: '20000' })).toThrow(
      /SHUTDOWN_GRACE_MS/,
    );
  });

  describe('in production', () => {
    const production = { DATABASE_URL: 'postgresql://a@b/c', NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' };

    it('requires SMTP, because invitations and resets are mailed', () => {
      expect(() => parseConfig({ ...production, SMTP_URL: undefined })).toThrow(/SMTP_URL is required in production/);
    });

    it('requires an https address, except on the machine itself', () => {
      expect(() => parseConfig({ ...production, PUBLIC_URL: 'http://samverkan.example.se' })).toThrow(/PUBLIC_URL must be an https/);
      expect(parseConfig({ ...production, PUBLIC_URL: 'https://samverkan.example.se/' }).PUBLIC_URL).toBe('https://samverkan.example.se');
      expect(parseConfig({ ...production, PUBLIC_URL: 'http://localhost:3000' }).PUBLIC_URL).toBe('http://localhost:3000');
    });
  });

  it('runs the scheduled jobs unless told not to, and not in the tests unless told to', () => {
    const url = 'postgresql://a@b/c';
    expect(parseConfig({ DATABASE_URL: url }).JOBS_ENABLED).toBe(true);
    expect(parseConfig({ DATABASE_URL: url, JOBS_ENABLED: 'false' }).JOBS_ENABLED).toBe(false);
    expect(parseConfig({ DATABASE_URL: url, NODE_ENV: 'test' }).JOBS_ENABLED).toBe(false);
    expect(parseConfig({ DATABASE_URL: url, NODE_ENV: 'test', JOBS_ENABLED: 'true' }).JOBS_ENABLED).toBe(true);
    expect(() => parseConfig({ DATABASE_URL: url, JOBS_ENABLED: 'yes' })).toThrow(/JOBS_ENABLED must be true or false/);
  });

  describe('file storage', () => {
    const url = 'postgresql://a@b/c';

    it('keeps files on local disk in .data/files of the repository, whichever folder the API runs from', () => {
      const { fileStorage, FILE_STORAGE, RESOURCE_FILE_MAX_MB } = parseConfig({ DATABASE_URL: url });
      expect(FILE_STORAGE).toBe('local');
      expect(RESOURCE_FILE_MAX_MB).toBe(25);
      expect(fileStorage.driver).toBe('local');
      const dir = fileStorage.driver === 'local' ? fileStorage.dir : '';
      expect(path.basename(dir)).toBe('files');
      expect(path.basename(path.dirname(dir))).toBe('.data');
      const rootPackage = path.join(dir, '..', '..', 'package.json');
      expect(existsSync(rootPackage) && (JSON.parse(readFileSync(rootPackage, 'utf8')) as { workspaces?: unknown }).workspaces).toBeTruthy();
      expect(parseConfig({ DATABASE_URL: url, FILE_STORAGE_DIR: '/var/lib/samverkan/files' }).fileStorage).toEqual({
        driver: 'local',
        dir: path.resolve('/var/lib/samverkan/files'),
      });
    });

    it('needs S3_BUCKET for s3, and lists it with the other storage problems', () => {
      let error: unknown;
      try {
        parseConfig({ DATABASE_URL: url, FILE_STORAGE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'key' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'S3_BUCKET is required when FILE_STORAGE=s3',
        expect.stringMatching(/^S3_SECRET_ACCESS_KEY must be set together with/),
      ]);
    });

    it('reads an S3-compatible service, empty compose variables counting as unset', () => {
      const config = parseConfig({
        DATABASE_URL: url,
        FILE_STORAGE: 's3',
        S3_BUCKET: 'samverkan-files',
        S3_ENDPOINT: 'https://minio.example.se',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
        S3_REGION: '',
        S3_FORCE_PATH_STYLE: '',
      });
      expect(config.fileStorage).toEqual({
        driver: 's3',
        bucket: 'samverkan-files',
        region: 'us-east-1',
        endpoint: 'https://minio.example.se',
        forcePathStyle: true,
        credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      });
      expect(parseConfig({ DATABASE_URL: url, FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_REGION: 'eu-north-1' }).fileStorage).toEqual({
        driver: 's3',
        bucket: 'b',
        region: 'eu-north-1',
        forcePathStyle: false,
      });
    });

    it('refuses unknown drivers and values, and file limits out of range', () => {
      expect(() => parseConfig({ DATABASE_URL: url, FILE_STORAGE: 'ftp' })).toThrow(/FILE_STORAGE must be local or s3/);
      expect(() => parseConfig({ DATABASE_URL: url, FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_REGION: 'x', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
        /S3_FORCE_PATH_STYLE must be true or false/,
      );
      expect(() => parseConfig({ DATABASE_URL: url, FILE_STORAGE: 's3', S3_BUCKET: 'b' })).toThrow(/S3_REGION is required for AWS S3/);
      expect(parseConfig({ DATABASE_URL: url, RESOURCE_FILE_MAX_MB: '50' }).RESOURCE_FILE_MAX_MB).toBe(50);
      expect(() => parseConfig({ DATABASE_URL: url, RESOURCE_FILE_MAX_MB: '0' })).toThrow(/RESOURCE_FILE_MAX_MB/);
      expect(() => parseConfig({ DATABASE_URL: url, RESOURCE_FILE_MAX_MB: '2.5' })).toThrow(/RESOURCE_FILE_MAX_MB/);
    });
  });

  it('defaults the public address to this machine and reads the proxy setting', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://a@b/c', PORT: '3100', TRUST_PROXY: '' });
    expect(config).toMatchObject({ PUBLIC_URL: 'http://localhost:3100', TRUST_PROXY: undefined });
    expect(() => parseConfig({ DATABASE_URL: 'postgresql://a@b/c', TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
