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

  it('defaults the public address to this machine and reads the proxy setting', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://a@b/c', PORT: '3100', TRUST_PROXY: '' });
    expect(config).toMatchObject({ PUBLIC_URL: 'http://localhost:3100', TRUST_PROXY: undefined });
    expect(() => parseConfig({ DATABASE_URL: 'postgresql://a@b/c', TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
