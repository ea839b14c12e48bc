import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

// Every page, in both languages, with zero WCAG 2.1 A/AA violations.
const PAGES = [
  { path: '/', heading: 'Samverkan Värmland' },
  { path: '/agencies', heading: 'Organisationer i nätverket' },
  { path: '/agencies?q=socialtjanst&municipality=1784', heading: 'Organisationer i nätverket' },
  { path: '/accessibility', heading: 'Tillgänglighetsredogörelse' },
  { path: '/no-such-page', heading: 'Sidan finns inte' },
  { path: '/agencies/00000000-0000-0000-0000-000000000000', heading: 'Organisationen finns inte' },
];

test.describe('axe-core scan', () => {
  for (const { path, heading } of PAGES) {
    test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
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
