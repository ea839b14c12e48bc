import { expect, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

// Every page, in both languages, with zero WCAG 2.1 A/AA violations.
const MEMBER_PAGES = [
  { path: '/', heading: 'Samverkan Värmland' },
  { path: '/agencies', heading: 'Organisationer i nätverket' },
  { path: '/agencies?q=socialtjanst&municipality=1784', heading: 'Organisationer i nätverket' },
  { path: '/accessibility', heading: 'Tillgänglighetsredogörelse' },
  { path: '/no-such-page', heading: 'Sidan finns inte' },
  { path: '/agencies/00000000-0000-0000-0000-000000000000', heading: 'Organisationen finns inte' },
  { path: '/profile', heading: 'Min profil' },
  { path: '/admin/users', heading: 'Ingen behörighet' },
];

const PUBLIC_PAGES = [
  { path: '/login', heading: 'Logga in' },
  { path: '/join', heading: 'Ansök om att gå med i nätverket' },
  { path: '/forgot-password', heading: 'Glömt lösenordet' },
  { path: '/reset-password', heading: 'Välj nytt lösenord' },
  { path: '/invitation', heading: 'Inbjudan till Samverkan Värmland' },
  { path: '/dev/mail', heading: 'Utkorg (utveckling)' },
];

const ADMIN_PAGES = [
  { path: '/admin/users', heading: 'Användare' },
  { path: '/admin/invitations', heading: 'Inbjudningar' },
  { path: '/admin/join-requests', heading: 'Anslutningsförfrågningar' },
  { path: '/admin/audit', heading: 'Säkerhetslogg' },
  { path: '/profile', heading: 'Min profil' },
];

async function expectPageWithoutViolations(page: import('@playwright/test').Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page);
}

test.describe('axe-core scan, signed out', () => {
  for (const { path, heading } of PUBLIC_PAGES) {
    test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await expectPageWithoutViolations(page, path, heading);
    });
  }

  test('the login page shows field errors without violations', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect(page.getByText('Skriv en e-postadress, till exempel namn@kommun.se.')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('axe-core scan, as a member', () => {
  test.use({ storageState: authFile('member') });

  for (const { path, heading } of MEMBER_PAGES) {
    test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await expectPageWithoutViolations(page, path, heading);
    });
  }

  test('an agency page has no violations', async ({ page }) => {
    await page.goto('/agencies?q=Länsstyrelsen');
    await page.getByRole('link', { name: 'Länsstyrelsen Värmland' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Länsstyrelsen Värmland' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the open municipality filter has no violations', async ({ page }) => {
    await page.goto('/agencies');
    await page.getByRole('button', { name: /Kommun/ }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the English pages have no violations', async ({ page }) => {
    await page.goto('/agencies');
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations in the network' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('axe-core scan, as an administrator', () => {
  test.use({ storageState: authFile('admin') });

  for (const { path, heading } of ADMIN_PAGES) {
    test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await expectPageWithoutViolations(page, path, heading);
    });
  }

  test('the invitation dialog has no violations', async ({ page }) => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Bjud in användare' }).click();
    await expect(page.getByRole('dialog', { name: 'Bjud in en användare' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the open calendar of the audit log has no violations', async ({ page }) => {
    await page.goto('/admin/audit');
    await page.getByRole('button', { name: 'Välj period i kalendern' }).click();
    await expect(page.getByRole('dialog', { name: 'Kalender' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
