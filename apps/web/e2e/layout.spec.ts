import { expect, test } from '@playwright/test';
import { authFile } from './auth';

// The directory is for members of the network only.
test.use({ storageState: authFile('member') });

test.describe('layout, language and keyboard', () => {
  test('switches to English and back; the choice is remembered and <html lang> follows', async ({ page }) => {
    await page.goto('/agencies');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations in the network' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations in the network' })).toBeVisible();

    await page.getByRole('radio', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();
  });

  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Hoppa till huvudinnehåll' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the directory can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/agencies');
    await page.getByRole('searchbox', { name: 'Sök' }).focus();
    await page.keyboard.type('kristinehamn');
    await page.keyboard.press('Tab'); // clear button is skipped by React Aria; next is the municipality filter
    await expect(page.getByRole('button', { name: /Kommun/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Sökresultat' }).getByRole('link', { name: /Kristinehamns kommun/ }).first()).toBeVisible();
  });

  test('moves focus to the new page after navigation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveTitle('Organisationer – Samverkan Värmland');
  });

  test('an unknown address shows the 404 page with a way home', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Samverkan Värmland' })).toBeVisible();
  });

  test('the accessibility statement is linked from every page', async ({ page }) => {
    await page.goto('/agencies');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
    await expect(page.getByText(/WCAG 2\.1 på nivå AA/)).toBeVisible();
    await expect(page.getByRole('link', { name: /Anmäl till DIGG/ })).toBeVisible();
  });
});
