import { expect, test } from '@playwright/test';
import { authFile } from './auth';

// The directory is for members of the network only.
test.use({ storageState: authFile('member') });

test.describe('the agency directory', () => {
  test('finds Socialtjänsten from "socialtjanst", in Swedish', async ({ page }) => {
    await page.goto('/agencies');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();
    await expect(page).toHaveTitle('Organisationer – Samverkan Värmland');

    await page.getByRole('searchbox', { name: 'Sök' }).fill('socialtjanst');
    await expect(page).toHaveURL(/[?&]q=socialtjanst/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ organisationer$/);
    const results = page.getByRole('region', { name: 'Sökresultat' });
    await expect(results.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' })).toBeVisible();
    await expect(results.getByRole('link', { name: 'Socialtjänsten, Årjängs kommun' })).toBeVisible();
  });

  test('filters by municipality and sector, kept in the URL across a reload', async ({ page }) => {
    await page.goto('/agencies');
    await page.getByRole('button', { name: /Kommun/ }).click();
    await page.getByRole('option', { name: 'Arvika' }).click();
    await expect(page).toHaveURL(/municipality=1784/);
    await page.getByRole('button', { name: /Sektor/ }).click();
    await page.getByRole('option', { name: 'Socialtjänst' }).click();
    await expect(page).toHaveURL(/sector=SOCIAL_SERVICES/);

    const results = page.getByRole('region', { name: 'Sökresultat' });
    await expect(page.getByRole('status')).toHaveText('1 organisation');
    await expect(results.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' })).toBeVisible();
    const card = results.getByRole('article');
    await expect(card).toContainText('Socialtjänst');
    await expect(card).toContainText('Verksam i: Arvika');
    await expect(card.getByRole('link', { name: '08-465 004 42' })).toHaveAttribute('href', 'tel:0846500442');
    await expect(card.getByRole('link', { name: 'socialtjansten@arvika.example' })).toHaveAttribute(
      'href',
      'mailto:socialtjansten@arvika.example',
    );

    await results.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Socialtjänsten, Arvika kommun' })).toBeVisible();
    await expect(page.getByText('Kommunhuset, Storgatan 1, 671 81 Arvika')).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://arvika.example/socialtjanst' })).toHaveAttribute('rel', 'noopener noreferrer');
    await page.getByRole('link', { name: /Tillbaka till organisationerna/ }).click();
    await expect(page).toHaveURL(/\/agencies\?municipality=1784&sector=SOCIAL_SERVICES$/);

    await page.reload();
    await expect(page.getByRole('status')).toHaveText('1 organisation');
    await expect(page.getByRole('button', { name: /Kommun/ })).toContainText('Arvika');

    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await expect(page).toHaveURL(/\/agencies$/);
    await expect(page.getByRole('status')).toHaveText(/^6\d organisationer$/);
  });

  test('opens an agency and returns to the same search', async ({ page }) => {
    await page.goto('/agencies?q=brottsoffer');
    await page.getByRole('link', { name: 'Brottsofferjouren Värmland' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Brottsofferjouren Värmland' })).toBeVisible();
    await expect(page).toHaveTitle('Brottsofferjouren Värmland – Samverkan Värmland');
    await expect(page.getByText('Civilsamhälle')).toBeVisible();
    await expect(page.getByText('hela Värmland')).toBeVisible();
    await expect(page.getByRole('link', { name: 'info@boj-varmland.example' })).toHaveAttribute(
      'href',
      'mailto:info@boj-varmland.example',
    );

    await page.getByRole('link', { name: /Tillbaka till organisationerna/ }).click();
    await expect(page).toHaveURL(/\/agencies\?q=brottsoffer$/);
    await expect(page.getByRole('searchbox', { name: 'Sök' })).toHaveValue('brottsoffer');
  });

  test('pages through all agencies', async ({ page }) => {
    await page.goto('/agencies');
    const pagination = page.getByRole('navigation', { name: 'Sidor' });
    await expect(pagination.getByText('Sida 1 av 4')).toBeVisible();
    const firstOnPageOne = await page.getByRole('region', { name: 'Sökresultat' }).getByRole('link').first().textContent();

    await pagination.getByRole('button', { name: 'Nästa' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pagination.getByText('Sida 2 av 4')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sökresultat' }).getByRole('link').first()).not.toHaveText(firstOnPageOne ?? '');

    await pagination.getByRole('button', { name: 'Föregående' }).click();
    await expect(pagination.getByText('Sida 1 av 4')).toBeVisible();
    await expect(pagination.getByRole('button', { name: 'Föregående' })).toBeDisabled();
  });

  test('a link to a page past the end shows the last page', async ({ page }) => {
    await page.goto('/agencies?page=9');
    await expect(page).toHaveURL(/\/agencies\?page=4$/);
    await expect(page.getByRole('navigation', { name: 'Sidor' }).getByText('Sida 4 av 4')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sökresultat' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByText('Inga organisationer matchar sökningen.')).toBeHidden();
  });

  test('keeps typing that continues after the search has reached the URL', async ({ page }) => {
    await page.goto('/agencies');
    const search = page.getByRole('searchbox', { name: 'Sök' });
    await search.pressSequentially('soc');
    await expect(page).toHaveURL(/[?&]q=soc$/);
    await search.pressSequentially('ialtjanst', { delay: 40 });
    await expect(page).toHaveURL(/[?&]q=socialtjanst$/);
    await expect(search).toHaveValue('socialtjanst');
  });

  test("shows an agency's functions and people: holders, deputies, vacant seats and the member's own entry", async ({ page }) => {
    await page.goto('/agencies?q=Kommunledningskontoret%20Storfors');
    await page.getByRole('link', { name: 'Kommunledningskontoret, Storfors kommun' }).click();
    const functions = page.getByRole('region', { name: 'Funktioner' });
    const seat = functions.getByRole('listitem').filter({ hasText: 'Samordnare mot våldsbejakande extremism, Storfors kommun' });
    await expect(seat).toContainText('Vakant');
    await expect(seat).toContainText('Ersättare');
    await expect(seat.getByRole('link', { name: 'samordnare.ve@storfors.example' })).toHaveAttribute('href', 'mailto:samordnare.ve@storfors.example');
    const people = page.getByRole('region', { name: 'Kontaktpersoner' });
    await expect(people.getByRole('listitem')).toHaveCount(2);
    await expect(people.getByText('Trygghetssamordnare')).toBeVisible();

    await page.goto('/agencies?q=Socialtj%C3%A4nsten%20Arvika');
    await page.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' }).click();
    const fieldWork = page.getByRole('region', { name: 'Funktioner' }).getByRole('listitem').filter({ hasText: 'Fältsekreterare, Arvika' });
    await expect(fieldWork).toContainText('InnehavareMax Medlem (demo)');
    const ownEntry = page.getByRole('region', { name: 'Kontaktpersoner' }).getByRole('listitem').filter({ hasText: 'Max Medlem (demo)' });
    await expect(ownEntry).toContainText('Fältsekreterare');
    await expect(page.getByRole('region', { name: 'Kontaktpersoner' }).getByRole('listitem')).toHaveCount(5);
  });

  test('shows "not found" for an unknown or malformed agency id', async ({ page }) => {
    for (const id of ['00000000-0000-0000-0000-000000000000', '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      await page.goto(`/agencies/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Organisationen finns inte' })).toBeVisible();
      await expect(page).toHaveTitle('Organisationen finns inte – Samverkan Värmland');
      await expect(page.getByRole('link', { name: 'Till startsidan' })).toBeVisible();
    }
  });
});
