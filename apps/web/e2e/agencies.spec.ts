import { expect, type Page, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

/**
 * React Aria announces a pending button through a live-region entry that points at the button
 * (aria-labelledby) and stays for 7 s. When the button is gone by then (its dialog or form closed
 * on success), axe reports the entry as an image without a name; the scan waits until it expired.
 */
async function expectNoAxeViolationsOnceSettled(page: Page): Promise<void> {
  await expect(page.locator('[role="log"] [role="img"]')).toHaveCount(0, { timeout: 10_000 });
  await expectNoAxeViolations(page);
}

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

test.describe('agencies in full, for a coordinator', () => {
  test.use({ storageState: authFile('coordinator') });

  test('creates an agency under a parent, edits it, reads its history, redoes an edit after a conflict, and archives it', async ({ page, context }) => {
    // A long journey, with waits for the screen-reader announcements to settle before each scan.
    test.setTimeout(180_000);
    const name = `Fältgruppen Testby ${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
    const parent = 'Kommunledningskontoret, Arvika kommun';

    await page.goto('/agencies');
    await page.getByRole('button', { name: 'Ny organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny organisation' });
    // The form says what is missing before anything is sent.
    await dialog.getByRole('button', { name: 'Lägg till organisationen' }).click();
    await expect(dialog.getByText('Skriv minst 2 tecken.')).toBeVisible();
    await expect(dialog.getByText('Välj ett alternativ.')).toBeVisible();
    await expect(dialog.getByText('Välj hela Värmland eller minst en kommun.')).toBeVisible();
    await expectNoAxeViolationsOnceSettled(page);

    await dialog.getByRole('textbox', { name: 'Namn' }).fill(name);
    await dialog.getByRole('button', { name: /Sektor/ }).click();
    await page.getByRole('option', { name: 'Fritid' }).click();
    await dialog.getByRole('combobox', { name: 'Del av organisation' }).fill('Kommunledningskontoret, Arvika');
    await page.getByRole('option', { name: parent }).click();
    // "Hela Värmlands län" ticks every municipality; unticking it clears them again.
    await dialog.getByText('Hela Värmlands län').click();
    await expect(dialog.getByRole('checkbox', { name: 'Säffle' })).toBeChecked();
    await dialog.getByText('Hela Värmlands län').click();
    await expect(dialog.getByRole('checkbox', { name: 'Säffle' })).not.toBeChecked();
    // React Aria hides the native box; the label is what a pointer presses.
    await dialog.getByText('Arvika', { exact: true }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Arvika' })).toBeChecked();
    await dialog.getByRole('textbox', { name: 'Telefon' }).fill('070-174 06 50');
    await dialog.getByRole('button', { name: 'Lägg till organisationen' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText(`${name} är tillagd i nätverket.`)).toBeVisible();
    const agencyUrl = page.url();

    // Parent and sub-organisation link to each other.
    await page.getByRole('link', { name: parent }).click();
    await expect(page.getByRole('heading', { level: 1, name: parent })).toBeVisible();
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
    const editor = page.getByRole('region', { name: 'Ändra organisationen' });
    await expect(editor.getByRole('textbox', { name: 'Namn' })).toBeFocused();
    await editor.getByRole('textbox', { name: 'Telefon' }).fill('070-174 06 51');
    await editor.getByText('Kil', { exact: true }).click();
    await expectNoAxeViolationsOnceSettled(page);
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByText('Ändringarna är sparade.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ändra uppgifter', exact: true })).toBeFocused();
    await expect(page.getByRole('link', { name: '070-174 06 51' })).toBeVisible();
    await expect(page.getByText('Arvika, Kil', { exact: true })).toBeVisible();

    const history = page.getByRole('region', { name: 'Historik' });
    const latest = history.getByRole('list').first().locator(':scope > li').first();
    await expect(latest).toContainText('Organisation ändrad av Cecilia Samordnare (demo)');
    await expect(latest).toContainText('Kommuner: Arvika → ändrades till Arvika, Kil');
    await expect(latest).toContainText('Telefon: 070-174 06 50 → ändrades till 070-174 06 51');
    await expect(history).toContainText('Organisation tillagd');
    await expect(history).toContainText(`Del av organisation: ${parent}`);

    // The same agency edited in another tab, which saves first.
    const other = await context.newPage();
    await other.goto(agencyUrl);
    await page.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
    await other.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
    const otherEditor = other.getByRole('region', { name: 'Ändra organisationen' });
    await otherEditor.getByRole('textbox', { name: 'Telefon' }).fill('070-174 06 52');
    await otherEditor.getByRole('textbox', { name: 'Postnummer' }).fill('671 81');
    await otherEditor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(other.getByText('Ändringarna är sparade.')).toBeVisible();
    await other.close();

    const mine = page.getByRole('region', { name: 'Ändra organisationen' });
    await mine.getByRole('textbox', { name: 'Telefon' }).fill('070-174 06 53');
    await mine.getByRole('textbox', { name: 'Ort' }).fill('Arvika');
    await mine.getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflict = page.getByRole('region', { name: 'Någon annan har ändrat organisationen' });
    await expect(conflict.getByRole('heading', { name: 'Någon annan har ändrat organisationen' })).toBeFocused();
    await expect(conflict.getByRole('row', { name: /Telefon/ }).getByRole('cell')).toHaveText(['070-174 06 53', '070-174 06 52']);
    await expect(conflict.getByRole('row', { name: /Ort/ }).getByRole('cell')).toHaveText(['Arvika', '(tomt)']);
    // Postnummer was only changed in the other tab: no conflict there.
    await expect(conflict.getByRole('row', { name: /Postnummer/ })).toHaveCount(0);
    await expectNoAxeViolationsOnceSettled(page);
    await conflict.getByRole('button', { name: 'Spara mina värden ovanpå' }).click();
    await expect(page.getByText('Ändringarna är sparade.')).toBeVisible();
    await expect(page.getByRole('link', { name: '070-174 06 53' })).toBeVisible();
    // The other tab's change stays.
    await expect(page.getByText('671 81 Arvika', { exact: true })).toBeVisible();
    await expect(history.getByRole('list').first().locator(':scope > li').first()).toContainText('Telefon: 070-174 06 52 → ändrades till 070-174 06 53');

    await page.getByRole('button', { name: 'Arkivera', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Arkivera ${name}?` });
    await expect(confirm).toContainText('raderas inte');
    await expectNoAxeViolationsOnceSettled(page);
    await confirm.getByRole('button', { name: 'Arkivera organisationen' }).click();
    await expect(page.getByText(/^Arkiverad \d+ \w+ \d{4}\. Organisationen visas inte i listor och sökningar\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ändra uppgifter', exact: true })).toHaveCount(0);
    await expect(history).toContainText('Organisation arkiverad');

    await page.goto(`/agencies?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole('region', { name: 'Sökresultat' }).getByRole('status')).toHaveText('0 organisationer');
  });

  test('discards an edit that clashes with a newer save', async ({ page, context }) => {
    await page.goto('/agencies?q=Ungdomens%20hus%20Kristinehamn');
    await page.getByRole('link', { name: 'Ungdomens hus, Kristinehamns kommun' }).click();
    const agencyUrl = page.url();
    const description = `Exempeldata, uppdaterad ${Date.now()}.`;
    await page.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();

    const other = await context.newPage();
    await other.goto(agencyUrl);
    await other.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
    await other.getByRole('region', { name: 'Ändra organisationen' }).getByRole('textbox', { name: 'Om organisationen' }).fill(description);
    await other.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(other.getByText('Ändringarna är sparade.')).toBeVisible();
    await other.close();

    const editor = page.getByRole('region', { name: 'Ändra organisationen' });
    await editor.getByRole('textbox', { name: 'Om organisationen' }).fill('Min egen text.');
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflict = page.getByRole('region', { name: 'Någon annan har ändrat organisationen' });
    await expect(conflict.getByRole('row', { name: /Om organisationen/ }).getByRole('cell')).toHaveText(['Min egen text.', description]);
    await conflict.getByRole('button', { name: 'Släng min ändring' }).click();
    await expect(editor).toHaveCount(0);
    await expect(page.getByText(description, { exact: true })).toBeVisible();
    await expect(page.getByText('Min egen text.')).toHaveCount(0);
  });
});

test.describe('agency administration in English', () => {
  test.use({ storageState: authFile('coordinator') });

  test('the edit form, the archive dialog and the history read in English, without violations', async ({ page }) => {
    await page.goto('/agencies?q=L%C3%A4nsstyrelsen');
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'New organisation' })).toBeVisible();
    await page.getByRole('link', { name: 'Länsstyrelsen Värmland' }).click();
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit details', exact: true }).click();
    const editor = page.getByRole('region', { name: 'Edit the organisation' });
    await expect(editor.getByRole('group', { name: 'Works in' }).first()).toBeVisible();
    await expect(editor.getByRole('checkbox', { name: 'All of Värmlands län' })).toBeChecked();
    await expect(editor.getByRole('combobox', { name: 'Part of organisation' })).toHaveValue('');
    await expectNoAxeViolations(page);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: 'Archive Länsstyrelsen Värmland?' })).toContainText('is not deleted');
    await expectNoAxeViolations(page);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});

test.describe('agency administration for a member', () => {
  test.use({ storageState: authFile('member') });

  test("an agency's editor changes its details but not its sector, coverage or parent, and sees no history", async ({ page }) => {
    await page.goto('/agencies?q=Socialtj%C3%A4nsten%20Arvika');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ny organisation' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Socialtjänsten, Arvika kommun' }).click();
    await page.getByRole('button', { name: 'Ändra uppgifter', exact: true }).click();
    const editor = page.getByRole('region', { name: 'Ändra organisationen' });
    await expect(editor.getByText('Sektor, kommuner och överordnad organisation ändras av samordnaren.')).toBeVisible();
    await expect(editor.getByRole('checkbox')).toHaveCount(0);
    await expect(editor.getByRole('combobox')).toHaveCount(0);
    await editor.getByRole('textbox', { name: 'Webbplats' }).fill('http://arvika.example');
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(editor.getByText('Kontrollera värdet.')).toBeVisible();
    await expectNoAxeViolationsOnceSettled(page);
    await editor.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('button', { name: 'Ändra uppgifter', exact: true })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Arkivera', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Historik' })).toHaveCount(0);

    await page.goto('/agencies?q=brottsoffer');
    await page.getByRole('link', { name: 'Brottsofferjouren Värmland' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Brottsofferjouren Värmland' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ändra uppgifter', exact: true })).toHaveCount(0);
  });
});
