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
    const table = page.getByRole('table', { name: 'Kontakter per kommun, sektor och nyckelfunktion' });
    await expect(table.getByRole('rowheader')).toHaveCount(16);
    // Kommun, the two group headers, ten sectors and three key functions.
    await expect(table.getByRole('columnheader')).toHaveCount(16);

    const arvika = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Arvika' }) });
    // Social services in Arvika: the demo member's own entry among the confirmed.
    await expect(arvika.getByRole('cell').nth(1)).toContainText('Bekräftad');
    await expect(arvika.getByRole('cell').nth(1)).toContainText('Max Medlem (demo)');
    await expect(page).toHaveTitle('Täckning – Samverkan Värmland');
    await expectNoAxeViolations(page);
  });

  test('filters by competence: where is there no one for exit support?', async ({ page }) => {
    await page.goto('/coverage');
    const table = page.getByRole('table', { name: 'Kontakter per kommun, sektor och nyckelfunktion' });
    await expect(table.getByRole('rowheader')).toHaveCount(16);
    await page.getByRole('button', { name: /Kompetens/ }).click();
    await page.getByRole('option', { name: 'Avhopparstöd' }).click();
    await expect(page).toHaveURL(/\?competence=avhopparstod$/);
    // Exit support comes from regional civil society and the prison service: no school has it.
    const arvika = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Arvika' }) });
    await expect(arvika.getByRole('cell').nth(0)).toHaveText('Saknas');
    await expect(arvika.getByRole('cell').nth(4)).toContainText('Bekräftad');
    // The filter narrows the sectors only; the key functions still show who holds them.
    await expect(page.getByText('Kompetensfiltret gäller sektorerna.', { exact: false })).toBeVisible();
    await expect(arvika.getByRole('cell').nth(10)).toContainText('Samordnare mot våldsbejakande extremism, Arvika kommun');
    // Members look; only coordinators take the list away as a file.
    await expect(page.getByRole('link', { name: /CSV/ })).toHaveCount(0);
  });

  test('shows the key functions after the sectors, with vacant seats and the deputy of someone away', async ({ page }) => {
    await page.goto('/coverage');
    const table = page.getByRole('table', { name: 'Kontakter per kommun, sektor och nyckelfunktion' });
    await expect(table.getByRole('columnheader', { name: 'Nyckelfunktioner' })).toBeVisible();
    for (const name of ['Samordnare mot våldsbejakande extremism', 'SSP/SSPF-samordnare', 'Kommunpolis']) {
      await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    // Cells 10–12 are the key functions. Storfors has neither an extremism coordinator nor a community police officer.
    await expect(row('Storfors').getByRole('cell').nth(10)).toContainText('Saknas');
    await expect(row('Storfors').getByRole('cell').nth(10)).toContainText('Vakant');
    await expect(row('Storfors').getByRole('cell').nth(12)).toContainText('Kommunpolis, Storfors kommun');
    // Kristinehamn's officer is away; a colleague of the police area stands in.
    const kristinehamn = row('Kristinehamn').getByRole('cell').nth(12);
    await expect(kristinehamn).toContainText('Bekräftad');
    await expect(kristinehamn).toContainText(/\(frånvarande; ersättare \S+ \S+\)/);
    await expect(kristinehamn).toContainText('Kommunpolis, Kristinehamns kommun');
  });

  test('colours the map by the chosen column and names who is behind a municipality', async ({ page }) => {
    await page.goto('/coverage');
    const map = page.getByRole('group', { name: /^Karta över Värmlands kommuner/ });
    await expect(map).toHaveAccessibleName('Karta över Värmlands kommuner: Samordnare mot våldsbejakande extremism');
    await expect(map.getByRole('button')).toHaveCount(16);
    const eda = map.getByRole('button', { name: /^Eda: / });
    await expect(eda).toHaveAccessibleName('Eda: Bekräftad');
    await expect(eda).toHaveAttribute('data-status', 'verified');

    // Eda's community police seat stands vacant: the same municipality turns red.
    await page.getByRole('button', { name: /Visa på kartan/ }).click();
    await page.getByRole('option', { name: 'Kommunpolis' }).click();
    await expect(map).toHaveAccessibleName('Karta över Värmlands kommuner: Kommunpolis');
    await expect(eda).toHaveAccessibleName('Eda: Saknas');
    await expect(eda).toHaveAttribute('data-status', 'vacant');

    // A click shows the names behind the cell beside the map.
    await map.getByRole('button', { name: /^Kristinehamn: / }).click();
    await expect(page.getByRole('heading', { level: 3, name: 'Kristinehamn – Kommunpolis' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Vald kommun' });
    await expect(details).toContainText('Kommunpolis, Kristinehamns kommun · Lokalpolisområde Kristinehamn');
    await expect(details).toContainText(/frånvarande; ersättare \S+ \S+/);
    await expect(map.getByRole('button', { name: /^Kristinehamn: / })).toHaveAttribute('aria-pressed', 'true');

    // So does Enter on a municipality reached with the keyboard.
    await eda.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: 'Eda – Kommunpolis' })).toBeVisible();
    await expect(details).toContainText('Vakant');
    await expect(details).toContainText('Kommunpolis, Eda kommun · Lokalpolisområde Arvika');
    await expect(eda).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Kommungränser: okfse/sweden-geojson', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

});

test.describe('the coverage overview for a coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('downloads the filtered matrix as a CSV file that Excel opens with å, ä and ö', async ({ page }) => {
    await page.goto('/coverage?competence=avhopparstod');
    await expect(page.getByRole('table', { name: 'Kontakter per kommun, sektor och nyckelfunktion' }).getByRole('rowheader')).toHaveCount(16);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner som CSV-fil (för Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('tackning.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFKommun;Kommunkod;Sektor eller nyckelfunktion;Status;Kontakter\r\n')).toBe(true);
    expect(text).toContain('Årjäng;1765;Skola;Saknas;');
    // The key functions are there too, whatever the competence filter.
    expect(text).toMatch(/\r\nEda;1730;Kommunpolis;Saknas;Kommunpolis, Eda kommun \(Lokalpolisområde Arvika\): vakant\r\n/);
  });
});
