import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { AgencyNameListSchema } from '@repo/contracts';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

/** A demo agency in Arvika, within the demo coordinator's scope (the whole county). */
const AGENCY = 'Socialtjänsten, Arvika kommun';

/** The bytes of plain "CSV" as Swedish Excel saves it: Windows-1252 (here only Latin-1 characters). */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');
const utf8WithBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

async function chooseFile(page: Page, buttonName: string, name: string, buffer: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName }).click()]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

test.describe('roster import and export for a coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('uploads a file, sees the line with an error, corrects it, imports, and finds the new contact on its agency page', async ({ page }) => {
    // Two uploads, an import and three accessibility scans take longer than one page's check.
    test.setTimeout(60_000);
    const suffix = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const name = `Åsa Importsson ${suffix}`;
    const colleague = `Örjan Importsson ${suffix}`;
    const header = 'E-post;Namn;Titel;Organisation;Kompetenser;Språk;Kommuner';
    const asa = `asa.${suffix}@test.example;${name};Fältsekreterare;${AGENCY};avhopparstod|anhorigstod;sv|en;1784`;
    const withError = [header, asa, `orjan.${suffix}@test.example;${colleague};Kurator;${AGENCY};astrologi;sv;1784`, ''].join('\r\n');
    const corrected = withError.replace('astrologi', 'samtalsstod');

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Import och export' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importera och exportera kontaktlistan' })).toBeVisible();
    await expect(page).toHaveTitle('Import och export – Samverkan Värmland');
    await expectNoAxeViolations(page);

    // The first file, as Excel's plain CSV saves it: one row has an unknown competence.
    await chooseFile(page, 'Välj CSV-fil …', 'kontakter.csv', windows1252(withError));
    const preview = page.getByRole('region', { name: 'Raderna i filen' });
    await expect(page.getByRole('heading', { name: 'Förhandsgranskning' })).toBeFocused();
    await expect(page.getByText('Läst som Windows-1252, semikolonavgränsad.')).toBeVisible();
    await expect(page.getByText('1 rad har fel.', { exact: false })).toBeVisible();
    // The preview starts with the rows that have errors.
    const errorRow = preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3' }) });
    await expect(errorRow).toContainText('Fel');
    await expect(errorRow).toContainText(colleague);
    await expect(errorRow).toContainText('Kompetenser: Okända kompetenser: astrologi.');
    await expect(page.getByRole('button', { name: 'Importera', exact: true })).toBeDisabled();
    await expectNoAxeViolations(page);

    // Every row on request: the good row would be created.
    await page.getByRole('button', { name: /Visa$/ }).click();
    await page.getByRole('option', { name: 'Alla rader' }).click();
    await expect(preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2' }) })).toContainText('Ny');

    // The corrected file, saved as CSV UTF-8 this time.
    await chooseFile(page, 'Välj en annan fil …', 'kontakter-rättad.csv', utf8WithBom(corrected));
    await expect(page.getByText('Läst som UTF-8 med BOM, semikolonavgränsad.')).toBeVisible();
    await expect(page.getByText('Allt ser bra ut. 2 kontakter skapas eller ändras när du importerar.')).toBeVisible();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Importen är klar' })).toBeFocused();
    await expect(page.getByText('2 nya och 0 ändrade kontakter. 0 rader var redan aktuella.')).toBeVisible();
    await expectNoAxeViolations(page);

    const agencies = AgencyNameListSchema.parse(await (await page.request.get('/api/agencies/names')).json()).items;
    const agency = agencies.find((item) => item.name === AGENCY);
    expect(agency).toBeDefined();
    await page.goto(`/agencies/${agency?.id}`);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByRole('heading', { name: colleague })).toBeVisible();
  });

  test('downloads the filtered roster as a CSV file for Excel with the import’s columns', async ({ page }) => {
    await page.goto('/roster');
    await page.getByRole('button', { name: /Kommun$/ }).click();
    await page.getByRole('option', { name: 'Årjäng' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner kontaktlistan (CSV för Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kontaktlista-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const [headerLine, ...rows] = text.split('\r\n');
    expect(headerLine).toBe('\uFEFFE-post;Namn;Titel;Organisation;Telefon;Kompetenser;Språk;Kommuner;Fråga mig om;Borta till;Senast verifierad');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.at(-1)).toBe('');
  });
});

test.describe('roster import for a member', () => {
  test.use({ storageState: authFile('member') });

  test('is neither in the menu nor open to them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import och export' })).toHaveCount(0);
    await page.goto('/roster');
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Välj CSV-fil …' })).toHaveCount(0);
  });
});
