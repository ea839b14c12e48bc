import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export * from './generated/prisma/client';

export interface CreatePrismaClientOptions {
  /** Largest number of pooled connections this process opens. */
  poolSize?: number;
}

/** A Prisma client over node-postgres (Prisma's query engine runs in-process, no native binary). */
export function createPrismaClient(databaseUrl: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

export { ARGON2_OPTIONS, hashPassword, verifyPassword } from './password-hash';
