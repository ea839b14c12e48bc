import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

test.use({ storageState: authFile('member') });

test.describe('the coverage overview', () => {
  test('shows every municipality × sector, who is behind each cell, and where nobody is', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Täckning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Täckning i länet' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Kontakter per kommun och sektor' });
    await expect(table.getByRole('rowheader')).toHaveCount(16);
    await expect(table.getByRole('columnheader')).toHaveCount(11);

    const arvika = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Arvika' }) });
    // Social services in Arvika: the demo member's own entry among the confirmed.
    await expect(arvika.getByRole('cell').nth(1)).toContainText('Bekräftad');
    await expect(arvika.getByRole('cell').nth(1)).toContainText('Max Medlem (demo)');
    await expect(page).toHaveTitle('Täckning – Samverkan Värmland');
    await expectNoAxeViolations(page);
  });

  test('filters by competence: where is there no one for exit support?', async ({ page }) => {
    await page.goto('/coverage');
    const table = page.getByRole('table', { name: 'Kontakter per kommun och sektor' });
    await expect(table.getByRole('rowheader')).toHaveCount(16);
    await page.getByRole('button', { name: /Kompetens/ }).click();
    await page.getByRole('option', { name: 'Avhopparstöd' }).click();
    await expect(page).toHaveURL(/\?competence=avhopparstod$/);
    // Exit support comes from regional civil society and the prison service: no school has it.
    const arvika = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Arvika' }) });
    await expect(arvika.getByRole('cell').nth(0)).toHaveText('Saknas');
    await expect(arvika.getByRole('cell').nth(4)).toContainText('Bekräftad');
    // Members look; only coordinators take the list away as a file.
    await expect(page.getByRole('link', { name: /CSV/ })).toHaveCount(0);
  });

});

test.describe('the coverage overview for a coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('downloads the filtered matrix as a CSV file that Excel opens with å, ä and ö', async ({ page }) => {
    await page.goto('/coverage?competence=avhopparstod');
    await expect(page.getByRole('table', { name: 'Kontakter per kommun och sektor' }).getByRole('rowheader')).toHaveCount(16);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som CSV-fil (för Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('tackning.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFKommun;Kommunkod;Sektor;Status;Kontakter\r\n')).toBe(true);
    expect(text).toContain('Årjäng;1765;Skola;Saknas;');
  });
});
