import { expect, type Locator, type Page, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

// The directory is for members of the network only.
test.use({ storageState: authFile('member') });

/** The number in "12 träffar" (the status line) or "Personer 12" (a tab). */
async function numberIn(locator: Locator): Promise<number> {
  const match = (await locator.textContent())?.match(/\d+/);
  expect(match, `a number in "${await locator.textContent()}"`).not.toBeNull();
  return Number(match?.[0]);
}

async function search(page: Page, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Sök efter namn, ort, funktion eller kompetens' });
  await box.fill(text);
  await box.press('Enter');
}

test.describe('the search page', () => {
  test('finds a person despite a typo in the name, and opens them', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sök' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sök i nätverket' })).toBeVisible();
    await expect(page).toHaveTitle('Sök – Samverkan Värmland');

    await search(page, 'Max Medlm');
    await expect(page).toHaveURL(/\/search\?q=Max\+Medlm$/);
    const results = page.getByRole('region', { name: 'Sökresultat' });
    const person = results.getByRole('article').first();
    await expect(person).toContainText('Person');
    await expect(person.getByRole('heading', { level: 3 })).toHaveText('Max Medlem (demo)');
    await expect(person.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' })).toHaveAttribute('href', /^\/agencies\/[\da-f-]{36}$/);
    await expect(person.getByRole('link', { name: /@demo-kontakt\.example$/ })).toHaveAttribute('href', /^mailto:\S+@demo-kontakt\.example$/);
    await expect(person.getByRole('link', { name: /^070-174 06 \d\d$/ })).toHaveAttribute('href', /^tel:07017406\d\d$/);

    await person.getByRole('link', { name: 'Max Medlem (demo)' }).click();
    await expect(page).toHaveURL(/\/contacts\/[\da-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Max Medlem (demo)' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Sök efter namn, ort, funktion eller kompetens' })).toHaveValue('Max Medlm');
  });

  test('reads a misspelt municipality as a place, and searches everywhere once the place is removed', async ({ page }) => {
    await page.goto('/search');
    await search(page, 'fältsekreterare arvka');
    await expect(page.getByText('Visar träffar i Arvika')).toBeVisible();
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ träffar?$/);
    const inArvika = await numberIn(status);
    const results = page.getByRole('region', { name: 'Sökresultat' });
    await expect(results.getByRole('link', { name: 'Max Medlem (demo)' }).first()).toBeVisible();
    await expect(results.getByRole('link', { name: 'Fältsekreterare, Arvika' })).toHaveAttribute('href', /^\/functions\/[\da-f-]{36}$/);
    // Everything listed works in Arvika (or in the whole county).
    for (const meta of await results.locator('.search-hit__meta').allTextContents()) expect(meta).toMatch(/Arvika|hela länet|kommuner/);

    await page.getByRole('button', { name: 'Sök inte på orten Arvika' }).click();
    await expect(page).toHaveURL(/\/search\?q=f%C3%A4ltsekreterare$/);
    await expect(page.getByText('Visar träffar i Arvika')).toHaveCount(0);
    await expect.poll(() => numberIn(status)).toBeGreaterThan(inArvika);
    const places = await results.locator('.search-hit__meta').allTextContents();
    expect(places.some((meta) => !meta.includes('Arvika'))).toBe(true);
  });

  test('narrows by a facet to the count it promised, and clears all filters', async ({ page }) => {
    await page.goto('/search?q=kurator');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ träffar$/);
    const everywhere = await numberIn(status);

    await page.getByRole('button', { name: /Kommun$/ }).click();
    const option = page.getByRole('option', { name: /^Hagfors \(\d+\)$/ });
    const promised = await numberIn(option);
    expect(promised).toBeLessThan(everywhere);
    await option.click();
    await expect(page).toHaveURL(/[?&]municipality=1783/);
    await expect(status).toHaveText(new RegExp(`^${promised} träffa?r?$`));
    await expect(page.getByRole('button', { name: /Kommun$/ })).toContainText('Hagfors');

    await page.getByRole('button', { name: /Sektor$/ }).click();
    const school = page.getByRole('option', { name: /^Skola \(\d+\)$/ });
    const inSchools = await numberIn(school);
    await school.click();
    await expect(page).toHaveURL(/[?&]sector=SCHOOL/);
    await expect(status).toHaveText(new RegExp(`^${inSchools} träffa?r?$`));
    // The list shows the previous answer until the new one arrives; then every hit is a school's.
    const results = page.getByRole('region', { name: 'Sökresultat' });
    await expect
      .poll(async () => (await results.locator('.search-hit__meta').allTextContents()).filter((meta) => !meta.includes('Skola')))
      .toEqual([]);

    await page.getByRole('button', { name: 'Rensa alla filter' }).click();
    await expect(page).toHaveURL(/\/search\?q=kurator$/);
    await expect(status).toHaveText(`${everywhere} träffar`);
  });

  test('switches between people, organisations and functions, each tab with its count', async ({ page }) => {
    await page.goto('/search?q=kommunpolis');
    const status = page.getByRole('status');
    const all = page.getByRole('tab', { name: /^Alla \d+$/ });
    await expect(all).toHaveAttribute('aria-selected', 'true');
    const total = await numberIn(status);
    expect(await numberIn(all)).toBe(total);

    const functions = page.getByRole('tab', { name: /^Funktioner \d+$/ });
    const functionCount = await numberIn(functions);
    expect(functionCount).toBeLessThan(total);
    await functions.click();
    await expect(page).toHaveURL(/[?&]type=function/);
    await expect(status).toHaveText(`${functionCount} träffar`);
    const results = page.getByRole('tabpanel').getByRole('region', { name: 'Sökresultat' });
    await expect(results.getByRole('article').first()).toBeVisible();
    const kinds = await results.locator('.search-hit__kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Funktion']));
    // A vacant seat says so.
    await expect(results.getByRole('article').filter({ hasText: 'Kommunpolis, Eda kommun' })).toContainText('Vakant');

    // The arrow keys move between the tabs.
    await functions.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]type=contact/);
    await expect(page.getByRole('tab', { name: /^Personer \d+$/ })).toHaveAttribute('aria-selected', 'true');
  });

  test("shows an away person's stand-in first, with the date in Swedish", async ({ page }) => {
    await page.goto('/search?q=kommunpolis%20kristinehamn&type=contact');
    const results = page.getByRole('region', { name: 'Sökresultat' });
    const away = results.getByRole('article').filter({ hasText: 'Borta till' }).first();
    await expect(away).toContainText(/Borta till \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/);
    const standIn = away.locator('.stand-in');
    await expect(standIn).toContainText('Kontakta i stället:');
    await expect(standIn).toContainText('ersättare som Kommunpolis, Kristinehamns kommun');
    // The first address to write to is the stand-in's, not the absent person's own.
    const standInMail = await standIn.getByRole('link', { name: /@/ }).getAttribute('href');
    await expect(away.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', standInMail ?? '');
    await expect(away.getByRole('link', { name: /@/ })).toHaveCount(2);
  });

  test('lists everything by filters alone, page by page', async ({ page }) => {
    await page.goto('/search?type=agency');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ träffar$/);
    const pages = Math.ceil((await numberIn(status)) / 20);
    expect(pages).toBeGreaterThan(1);
    const pagination = page.getByRole('navigation', { name: 'Sidor' });
    await expect(pagination.getByText(`Sida 1 av ${pages}`)).toBeVisible();
    const results = page.getByRole('region', { name: 'Sökresultat' });
    const first = await results.getByRole('heading', { level: 3 }).first().textContent();

    await pagination.getByRole('button', { name: 'Nästa' }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pagination.getByText(`Sida 2 av ${pages}`)).toBeVisible();
    await expect(results.getByRole('heading', { level: 3 }).first()).not.toHaveText(first ?? '');
    // Another tab starts again from its first page.
    await page.getByRole('tab', { name: /^Personer \d+$/ }).click();
    await expect(page).toHaveURL(/\/search\?type=contact$/);
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search?q=qxzvbnmlkj');
    await expect(page.getByRole('status')).toHaveText('0 träffar');
    await expect(page.getByText('Inga träffar. Prova ett annat ord, en kortare sökning eller ta bort ett filter.')).toBeVisible();
  });

  test('has no WCAG 2.1 A/AA violations, with results, an open filter, and in English', async ({ page }) => {
    await page.goto('/search?q=kommunpolis%20kristinehamn');
    await expect(page.getByText('Visar träffar i Kristinehamn')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sökresultat' }).getByRole('article').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: /Funktion$/ }).click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search the network' })).toBeVisible();
    await expect(page.getByText('Showing results in Kristinehamn')).toBeVisible();
    await expect(page.getByRole('tab', { name: /^People \d+$/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
