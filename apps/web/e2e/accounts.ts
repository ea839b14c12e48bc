import { expect, type APIRequestContext } from '@playwright/test';
import { AgencyNameListSchema, OutboxMailListSchema, type Role } from '@repo/contracts';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };

/** The newest mail to `to` and the path and fragment of its first portal link. */
export async function latestMailLink(request: APIRequestContext, to: string, pattern: RegExp): Promise<string> {
  const response = await request.get('/api/dev/mail');
  expect(response.status()).toBe(200);
  const mail = OutboxMailListSchema.parse(await response.json()).items.find((item) => item.to === to);
  expect(mail, `a mail to ${to}`).toBeDefined();
  const link = mail?.text.match(pattern)?.[0];
  expect(link, `a link in "${mail?.subject}"`).toBeDefined();
  // Mailed links use the portal's public address; the tests reach the same server by another name.
  const url = new URL(link ?? '');
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface TestAccount {
  email: string;
  name: string;
  password: string;
}

/**
 * A fresh account of its own for a test that changes or deletes it, made through the API with an
 * administrator's session (`admin`) and accepted with the mailed token.
 */
export async function createAccount(admin: APIRequestContext, role: Role = 'MEMBER'): Promise<TestAccount> {
  const suffix = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const account = { email: `konto-${suffix}@test.example`, name: `Testa Kontosson ${suffix}`, password: 'Tyst-Skog-Fryken-Morgon-71' };
  const token = await invite(admin, account.email, role);
  const accepted = await admin.post('/api/invitations/accept', { headers: UNSAFE, data: { token, name: account.name, password: account.password } });
  expect(accepted.status()).toBe(204);
  return account;
}

/** Invites `email` through the API with an administrator's session; returns the mailed token. */
export async function invite(admin: APIRequestContext, email: string, role: Role = 'MEMBER'): Promise<string> {
  const agencies = AgencyNameListSchema.parse(await (await admin.get('/api/agencies/names')).json()).items;
  const invited = await admin.post('/api/invitations', { headers: UNSAFE, data: { email, role, agencyId: agencies[0]?.id } });
  expect(invited.status(), await invited.text()).toBe(201);
  const link = await latestMailLink(admin, email, /https?:\/\/\S+\/invitation#token=[\w-]+/);
  return new URLSearchParams(link.split('#')[1]).get('token') ?? '';
}
