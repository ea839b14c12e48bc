// Seeds the demo data once per database. Reference data (the region and its municipalities)
// comes from the migrations; this adds only fictional demo content, and records that it did so
// in app_settings, so a later start never re-creates what someone deleted on purpose.
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@repo/db';
import { createFileStorage, type FileStorage, S3Storage, storageOptionsFromEnv } from '@repo/file-storage';
import { createAgency, createUser, DEMO_ACCOUNTS } from '@repo/test-factories';
import { DEMO_AGENCIES } from './demo-agencies';
import { seedDemoEvents } from './demo-events';
import { seedDemoResources } from './demo-resources';
import { seedDemoRoster } from './demo-roster';

const SEEDED_KEY = 'demoData.seededAt';
const EVENTS_SEEDED_KEY = 'demoData.eventsSeededAt';
const RESOURCES_SEEDED_KEY = 'demoData.resourcesSeededAt';

/** Where the demo accounts work (agency names from demo-agencies.ts). */
const DEMO_ACCOUNT_AGENCIES = {
  admin: 'Länsstyrelsen Värmland',
  coordinator: 'Länsstyrelsen Värmland',
  member: 'Socialtjänsten, Arvika kommun',
} as const;

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

async function createDemoAccounts(tx: Tx): Promise<Record<keyof typeof DEMO_ACCOUNTS, { id: string; name: string }>> {
  const users = {} as Record<keyof typeof DEMO_ACCOUNTS, { id: string; name: string }>;
  for (const [key, account] of Object.entries(DEMO_ACCOUNTS) as [keyof typeof DEMO_ACCOUNTS, (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]][]) {
    const agency = await tx.agency.findFirstOrThrow({ where: { name: DEMO_ACCOUNT_AGENCIES[key] }, select: { id: true } });
    const user = await createUser(tx, {
      email: account.email,
      name: account.name,
      role: account.role,
      password: account.password,
      agencyId: agency.id,
      isAgencyEditor: key === 'member',
      coordinatesWholeRegion: account.role === 'COORDINATOR',
      mfaSecret: account.totpSecret,
    });
    users[key] = { id: user.id, name: user.name };
  }
  return users;
}

/** The demo accounts of a database seeded earlier; null when one of them is gone. */
async function findDemoAccounts(tx: Tx): Promise<Record<keyof typeof DEMO_ACCOUNTS, { id: string }> | null> {
  const users = await tx.user.findMany({ where: { email: { in: Object.values(DEMO_ACCOUNTS).map((a) => a.email) } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, { id: u.id }]));
  const { admin, coordinator, member } = DEMO_ACCOUNTS;
  const found = { admin: byEmail.get(admin.email), coordinator: byEmail.get(coordinator.email), member: byEmail.get(member.email) };
  return found.admin && found.coordinator && found.member ? { admin: found.admin, coordinator: found.coordinator, member: found.member } : null;
}

/**
 * The demo events have a marker of their own, so a database seeded before there were events gets
 * them once, at its next start, and never again after someone deleted them.
 */
async function seedDemoEventsOnce(tx: Tx, accounts: Record<keyof typeof DEMO_ACCOUNTS, { id: string }> | null): Promise<number> {
  if (await tx.appSetting.findUnique({ where: { key: EVENTS_SEEDED_KEY } })) return 0;
  const events = accounts ? await seedDemoEvents(tx, accounts) : 0;
  await tx.appSetting.create({ data: { key: EVENTS_SEEDED_KEY, value: new Date().toISOString() } });
  return events;
}

/** The demo resources, likewise once per database, with their files in the file storage (their keys added to storedKeys). */
async function seedDemoResourcesOnce(
  tx: Tx,
  storage: FileStorage,
  accounts: Record<keyof typeof DEMO_ACCOUNTS, { id: string }> | null,
  storedKeys: string[],
): Promise<number> {
  if (await tx.appSetting.findUnique({ where: { key: RESOURCES_SEEDED_KEY } })) return 0;
  const resources = accounts ? await seedDemoResources(tx, storage, accounts, storedKeys) : 0;
  await tx.appSetting.create({ data: { key: RESOURCES_SEEDED_KEY, value: new Date().toISOString() } });
  return resources;
}

export async function seedDemoData(
  prisma: PrismaClient,
  storage: FileStorage,
): Promise<{ seeded: boolean; agencies: number; contacts: number; events: number; resources: number }> {
  // Known passwords and TOTP secrets must never reach a real installation.
  if (process.env.NODE_ENV === 'production') throw new Error('The demo data is never seeded in production.');
  // Files are stored while the transaction is open; if it then rolls back, no row points at them any more.
  const storedKeys: string[] = [];
  try {
    return await prisma.$transaction(async (tx) => {
      // One seeding at a time, even if two processes start together.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SEEDED_KEY}))`;
      const marker = await tx.appSetting.findUnique({ where: { key: SEEDED_KEY } });
      if (marker) {
        const found = await findDemoAccounts(tx);
        const events = await seedDemoEventsOnce(tx, found);
        return { seeded: false, agencies: 0, contacts: 0, events, resources: await seedDemoResourcesOnce(tx, storage, found, storedKeys) };
      }
      for (const agency of DEMO_AGENCIES) {
        await createAgency(tx, agency);
      }
      const accounts = await createDemoAccounts(tx);
      const contacts = await seedDemoRoster(tx, { member: accounts.member, coordinator: accounts.coordinator });
      await tx.appSetting.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
      const events = await seedDemoEventsOnce(tx, accounts);
      const resources = await seedDemoResourcesOnce(tx, storage, accounts, storedKeys);
      return { seeded: true, agencies: DEMO_AGENCIES.length, contacts, events, resources };
    }, { timeout: 60_000 });
  } catch (error) {
    await Promise.allSettled(storedKeys.map((key) => storage.delete(key)));
    throw error;
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  // The same storage the API uses (FILE_STORAGE and its settings), relative paths from the repository root.
  const storage = createFileStorage(storageOptionsFromEnv(process.env, path.resolve(__dirname, '..', '..')));
  const prisma = createPrismaClient(url);
  try {
    const result = await seedDemoData(prisma, storage);
    console.log(
      result.seeded
        ? `Demo data seeded: ${result.agencies} fictional agencies, ${result.contacts} fictional contacts with their functions, ${result.events} fictional events, ${result.resources} fictional resources, and ${Object.keys(DEMO_ACCOUNTS).length} demo accounts.`
        : result.events + result.resources > 0
          ? `Demo data seeded earlier; added ${result.events} fictional events and ${result.resources} fictional resources.`
          : 'Demo data already seeded earlier; nothing to do.',
    );
  } finally {
    await prisma.$disconnect();
    // The S3 client keeps its connections open until destroyed; the local disk has none.
    if (storage instanceof S3Storage) storage.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
