// Seeds the demo data once per database. Reference data (the region and its municipalities)
// comes from the migrations; this adds only fictional demo content, and records that it did so
// in app_settings, so a later start never re-creates what someone deleted on purpose.
import { createPrismaClient, type PrismaClient } from '@repo/db';
import { createAgency, createUser, DEMO_ACCOUNTS } from '@repo/test-factories';
import { DEMO_AGENCIES } from './demo-agencies';
import { seedDemoEvents } from './demo-events';
import { seedDemoRoster } from './demo-roster';

const SEEDED_KEY = 'demoData.seededAt';
const EVENTS_SEEDED_KEY = 'demoData.eventsSeededAt';

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

export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean; agencies: number; contacts: number; events: number }> {
  // Known passwords and TOTP secrets must never reach a real installation.
  if (process.env.NODE_ENV === 'production') throw new Error('The demo data is never seeded in production.');
  return prisma.$transaction(async (tx) => {
    // One seeding at a time, even if two processes start together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SEEDED_KEY}))`;
    const marker = await tx.appSetting.findUnique({ where: { key: SEEDED_KEY } });
    if (marker) return { seeded: false, agencies: 0, contacts: 0, events: await seedDemoEventsOnce(tx, await findDemoAccounts(tx)) };
    for (const agency of DEMO_AGENCIES) {
      await createAgency(tx, agency);
    }
    const accounts = await createDemoAccounts(tx);
    const contacts = await seedDemoRoster(tx, { member: accounts.member, coordinator: accounts.coordinator });
    await tx.appSetting.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
    const events = await seedDemoEventsOnce(tx, accounts);
    return { seeded: true, agencies: DEMO_AGENCIES.length, contacts, events };
  }, { timeout: 60_000 });
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const prisma = createPrismaClient(url);
  try {
    const result = await seedDemoData(prisma);
    console.log(
      result.seeded
        ? `Demo data seeded: ${result.agencies} fictional agencies, ${result.contacts} fictional contacts with their functions, ${result.events} fictional events, and ${Object.keys(DEMO_ACCOUNTS).length} demo accounts.`
        : result.events > 0
          ? `Demo data seeded earlier; added ${result.events} fictional events.`
          : 'Demo data already seeded earlier; nothing to do.',
    );
  } finally {
    await prisma.$disconnect();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
