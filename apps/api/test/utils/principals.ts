import type { Role } from '@repo/contracts';
import { createAgency, createUser, TEST_PASSWORD, type UserInput } from '@repo/test-factories';
import { randomInt } from 'node:crypto';
import type { Test } from 'supertest';
import { SessionService } from '../../src/modules/auth/session.service';
import type { TestApp } from './create-test-app';

/** A TOTP secret for test users who must sign in with a second factor (base32). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const ROLE_KINDS = ['member', 'coordinatorInScope', 'coordinatorOutOfScope', 'admin'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** Two agencies in different municipalities: Arvika (A) and Kil (B). */
export interface World {
  agencyA: { id: string; name: string };
  agencyB: { id: string; name: string };
}

export async function createWorld(t: TestApp): Promise<World> {
  const agencyA = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
  const agencyB = await createAgency(t.prisma, { municipalityCodes: ['1715'] });
  return { agencyA, agencyB };
}

const KIND_DEFAULTS: Record<RoleKind, (world: World) => Partial<UserInput> & { role: Role; agencyId: string }> = {
  member: (world) => ({ role: 'MEMBER', agencyId: world.agencyA.id }),
  coordinatorInScope: (world) => ({ role: 'COORDINATOR', agencyId: world.agencyA.id, scopeMunicipalityCodes: ['1784'], mfaSecret: TEST_TOTP_SECRET }),
  coordinatorOutOfScope: (world) => ({ role: 'COORDINATOR', agencyId: world.agencyB.id, scopeMunicipalityCodes: ['1715'], mfaSecret: TEST_TOTP_SECRET }),
  admin: (world) => ({ role: 'ADMIN', agencyId: world.agencyA.id, mfaSecret: TEST_TOTP_SECRET }),
};

export interface Principal {
  id: string;
  email: string;
  password: string;
  /** Cookie header value of a signed-in session. */
  cookie: string;
  /** A client address of its own, for X-Forwarded-For. */
  ip: string;
}

/** A fresh user of the given kind with a signed-in session (made directly, without the login route). */
export async function createPrincipal(t: TestApp, world: World, kind: RoleKind, overrides: Partial<UserInput> = {}): Promise<Principal> {
  const user = await createUser(t.prisma, { ...KIND_DEFAULTS[kind](world), ...overrides });
  return { id: user.id, email: user.email, password: overrides.password ?? TEST_PASSWORD, cookie: await sessionCookie(t, user.id), ip: uniqueIp() };
}

export async function sessionCookie(t: TestApp, userId: string): Promise<string> {
  const token = await t.app.get(SessionService).start(userId, 'ACTIVE', { ip: null, userAgent: 'e2e' });
  return `samverkan_session=${token}`;
}

/** A made-up client address from the documentation range, different for each call. */
export function uniqueIp(): string {
  return `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** The headers the web app sends with every unsafe request. */
export function asApp(test: Test, options: { cookie?: string; ip?: string } = {}): Test {
  test.set('X-Requested-With', 'XMLHttpRequest').set('X-Forwarded-For', options.ip ?? uniqueIp());
  if (options.cookie) test.set('Cookie', options.cookie);
  return test;
}

/** The session cookie a login answer set, as a Cookie header value. */
export function cookieFrom(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((value) => value.startsWith('samverkan_session='));
  if (!header) throw new Error('The answer set no session cookie');
  return header.split(';')[0]!;
}
