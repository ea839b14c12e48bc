import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// Discrete connection fields, not a connection string: with a connection string the CLI's
// shadow database silently becomes the main database during `migrate dev`. The URL's sslmode
// (managed PostgreSQL services require TLS) is carried over by hand for the same reason.
function poolConfig(url: string) {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get('sslmode');
  const ssl = !sslmode || sslmode === 'disable' || sslmode === 'prefer' || sslmode === 'allow'
    ? undefined
    : { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' };
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ''),
    idleTimeoutMillis: 100,
    ...(ssl ? { ssl } : {}),
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = new URL(url).searchParams.get('schema') ?? undefined;
    return new PrismaPg(poolConfig(url), schema ? { schema } : undefined);
  },
});
