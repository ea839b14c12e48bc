import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@repo/test-factories';
import { generate } from 'otplib';

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/**
 * Where the signed-in browser state of each demo account is kept between the set-up project and
 * the tests. Signing in once per role keeps the run under the login rate limits, and a TOTP code
 * can be used only once. BROWSER_TEST_AUTH_DIR keeps two runs on one machine (each with its own
 * server and database) from using each other's sessions.
 */
export function authFile(role: DemoRole): string {
  const dir = process.env.BROWSER_TEST_AUTH_DIR ?? path.join(import.meta.dirname, '..', 'test-results', 'auth');
  return path.join(dir, `${role}.json`);
}

/** Signs in through the login page, with the code from the authenticator app where the role needs one. */
export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  const account = DEMO_ACCOUNTS[role];
  await page.goto('/login');
  await fillCredentials(page, account.email, account.password);
  if (account.totpSecret) {
    await expect(page.getByRole('heading', { name: 'Tvåstegsverifiering' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Kod' }).fill(await generate({ secret: account.totpSecret }));
    await page.getByRole('button', { name: 'Verifiera och logga in' }).click();
  }
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
}

export async function fillCredentials(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}
