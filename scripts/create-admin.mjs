// Creates the first administrator of a new installation. Membership is by invitation only, so
// this writes an administrator invitation and prints its link (valid 7 days, single use); the
// person opening it chooses their name and password and sets up their second factor.
//
//   node scripts/create-admin.mjs --email it-admin@kommun.se --agency "Länsstyrelsen Värmland"
//
// The agency is created (covering all of Värmland, sector county administration unless --sector
// says otherwise) when none has that name. Needs DATABASE_URL; PUBLIC_URL sets the link's address.
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { email: { type: 'string' }, agency: { type: 'string' }, sector: { type: 'string', default: 'COUNTY_ADMINISTRATION' } },
});
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !values.agency?.trim()) {
  console.error('Usage: node scripts/create-admin.mjs --email <address> --agency "<organisation name>" [--sector COUNTY_ADMINISTRATION]');
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

const { createPrismaClient } = await import('@repo/db');
const prisma = createPrismaClient(process.env.DATABASE_URL);
try {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const invitation = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new Error(`${email} already has an account.`);
    const agency =
      (await tx.agency.findFirst({ where: { name: values.agency.trim() }, select: { id: true } })) ??
      (await tx.agency.create({
        data: {
          name: values.agency.trim(),
          sector: values.sector,
          municipalities: { create: (await tx.municipality.findMany({ where: { regionCode: '17' }, select: { code: true } })).map(({ code }) => ({ municipalityCode: code })) },
        },
        select: { id: true },
      }));
    const created = await tx.invitation.create({
      data: {
        tokenHash: createHash('sha256').update(token).digest('hex'),
        email,
        role: 'ADMIN',
        agencyId: agency.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 7 * 24 * 60 * 60_000),
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { at: now, action: 'invitation.created', actorLabel: 'scripts/create-admin.mjs', targetType: 'invitation', targetId: created.id, targetLabel: email, details: { role: 'ADMIN' } },
    });
    return created;
  });
  const base = (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, '');
  console.log(`Administrator invitation ${invitation.id} for ${email}. Give them this link (valid 7 days, single use):\n${base}/invitation#token=${token}`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
