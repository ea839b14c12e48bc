import path from 'node:path';
import { StorageConfigError, storageOptionsFromEnv } from '@repo/file-storage';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The repository (or, in the image, the app) folder: apps/api/{src,dist}/config → four levels up. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');

// docker compose passes unset optional variables on as empty strings.
const optionalText = (description: string) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().min(1).optional()).describe(description);

/** Every environment variable the API reads. `.env.example` documents each one. */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('localhost').describe('Interface to listen on; 0.0.0.0 in a container.'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: z
    .string({ error: 'is required: a PostgreSQL URL such as postgresql://user:password@localhost:5432/samverkan' })
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a PostgreSQL URL: postgresql://user:password@host:5432/database'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .optional()
    .describe('Folder of the built single-page app to serve; apps/web/dist when it exists.'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the address people open, e.g. https://samverkan.example.se' })
    .optional()
    .describe('Where people reach the portal; used in mailed links. https makes the session cookie Secure and __Host-.'),
  TRUST_PROXY: z
    .preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^(\d+|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, 'must be a hop count, addresses/CIDRs, or loopback')
        .optional(),
    )
    .describe('Reverse proxies whose X-Forwarded-For is believed (Fastify trustProxy). Unset: the socket address is the client.'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be an SMTP URL: smtp://user:password@host:587')
    .optional()
    .describe('Outgoing mail. Unset: mail lands in the outbox table (development and tests).'),
  MAIL_FROM: z.string().min(3).default('Samverkan Värmland <no-reply@samverkan.invalid>'),
  DIRECTORY_READS_PER_10_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .default(600)
    .describe('Directory reads one user may make in ten minutes before 429 (anti-harvesting).'),
  CALENDAR_FEED_READS_PER_10_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .default(120)
    .describe('Reads of one calendar-feed address in ten minutes before 429; calendar apps poll every few minutes at most.'),
  JOBS_ENABLED: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .describe('Whether this process runs the scheduled jobs (pg-boss), e.g. the daily freshness mails. Default: yes, except when NODE_ENV=test.'),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(9_000)
    .default(8_000)
    .describe('How long in-flight requests may run after SIGTERM before the process exits.'),
  FILE_STORAGE: z
    .preprocess((value) => (value === '' ? undefined : value), z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'))
    .describe('Where uploaded files live: local disk (one machine) or an S3-compatible bucket (several API processes).'),
  FILE_STORAGE_DIR: optionalText('FILE_STORAGE=local: the folder; relative to the repository root. Default .data/files.'),
  S3_BUCKET: optionalText('FILE_STORAGE=s3: the bucket (required).'),
  S3_REGION: optionalText('FILE_STORAGE=s3: the region; required for AWS, us-east-1 when S3_ENDPOINT is set.'),
  S3_ENDPOINT: optionalText('FILE_STORAGE=s3: address of an S3-compatible service (MinIO etc.); unset for AWS.'),
  S3_ACCESS_KEY_ID: optionalText('FILE_STORAGE=s3: access key; unset for the AWS default credential chain.'),
  S3_SECRET_ACCESS_KEY: optionalText('FILE_STORAGE=s3: secret key, together with S3_ACCESS_KEY_ID.'),
  S3_FORCE_PATH_STYLE: z
    .preprocess((value) => (value === '' ? undefined : value), z.enum(['true', 'false'], { error: 'must be true or false' }).optional())
    .describe('FILE_STORAGE=s3: bucket in the path rather than the host name. Default: true with S3_ENDPOINT.'),
  RESOURCE_FILE_MAX_MB: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .describe('Largest file one upload may carry, in MB; an upload is held in memory while it is checked.'),
});

const ConfigWithRulesSchema = ConfigSchema.superRefine((config, context) => {
  if (config.NODE_ENV === 'production' && !config.SMTP_URL) {
    context.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production: invitations and password resets are mailed' });
  }
  // Session cookies must only travel encrypted, except on the machine itself.
  if (config.NODE_ENV === 'production' && config.PUBLIC_URL && !/^https:|^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(config.PUBLIC_URL)) {
    context.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'must be an https:// address in production (or http://localhost)' });
  }
  // The storage package owns the rules (the seed reads the same variables); its problems join the list.
  try {
    storageOptionsFromEnv(config, REPOSITORY_ROOT);
  } catch (error) {
    if (!(error instanceof StorageConfigError)) throw error;
    for (const problem of error.problems) context.addIssue({ code: 'custom', path: [problem.variable], message: problem.message });
  }
}).transform((config) => ({
  ...config,
  PUBLIC_URL: (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
  // The e2e tests build an app per file; only the ones about jobs start pg-boss (JOBS_ENABLED=true).
  JOBS_ENABLED: config.JOBS_ENABLED === undefined ? config.NODE_ENV !== 'test' : config.JOBS_ENABLED === 'true',
  fileStorage: storageOptionsFromEnv(config, REPOSITORY_ROOT),
}));

export type AppConfig = Readonly<z.infer<typeof ConfigWithRulesSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError listing every missing or invalid variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = ConfigWithRulesSchema.safeParse(env);
  if (result.success) return Object.freeze(result.data);
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`),
  );
}

/** The configuration of this process. */
export function loadConfig(): AppConfig {
  return parseConfig(process.env);
}
