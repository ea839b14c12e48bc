import { expect, type Page, test } from '@playwright/test';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

async function chooseNeed(page: Page, typed: string, option: string): Promise<void> {
  const need = page.getByRole('combobox', { name: 'Jag behöver' });
  await need.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(need).toHaveValue(option);
}

test.describe('the counterpart finder, as the Arvika field worker', () => {
  test.use({ storageState: authFile('member') });

  test('starts in their own municipality and lists whom to call, grouped by why, one click to write or call', async ({ page }) => {
    await page.goto('/');
    const finder = page.getByRole('region', { name: 'Hitta rätt kontakt' });
    await expect(finder.getByRole('button', { name: /i kommunen$/ })).toContainText('Arvika');

    await chooseNeed(page, 'anhör', 'Anhörigstöd');
    await finder.getByRole('button', { name: 'Hitta kontakter' }).click();
    await expect(page).toHaveURL(/\/\?competence=anhorigstod&municipality=1784$/);

    const results = finder.getByRole('region', { name: 'Anhörigstöd i Arvika' });
    await expect(results.getByRole('status')).toHaveText(/^\d+ kontakter$/);
    await expect(results.getByRole('heading', { level: 4 })).toHaveText(['Utsedd funktion', 'Kompetens', 'Regional']);
    // The demo member holds Arvika's field-worker seat, which comes with support for relatives.
    const designated = results.getByRole('region', { name: 'Utsedd funktion' });
    await expect(designated.getByRole('link', { name: 'Max Medlem (demo)' })).toBeVisible();
    await expect(designated.getByRole('link', { name: 'Fältsekreterare, Arvika' })).toHaveAttribute('href', /^\/functions\/[\da-f-]{36}$/);

    const cards = results.getByRole('article');
    const count = await cards.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i += 1) {
      const card = cards.nth(i);
      await expect(card.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:[^@\s]+@[^@\s]+$/);
      await expect(card.getByRole('link', { name: /^0[\d -]+$/ }).first()).toHaveAttribute('href', /^tel:0\d+$/);
    }
    // Regional contacts whose details have not been confirmed for a year say so.
    await expect(results.getByRole('region', { name: 'Regional' }).getByRole('article').filter({ hasText: 'Inaktuell' }).first()).toBeVisible();

    // The list is still there after a look at someone, and the full search takes the same question.
    await designated.getByRole('link', { name: 'Max Medlem (demo)' }).click();
    await expect(page).toHaveURL(/\/contacts\/[\da-f-]{36}$/);
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Jag behöver' })).toHaveValue('Anhörigstöd');
    await results.getByRole('link', { name: 'Visa alla träffar i sökningen' }).click();
    await expect(page).toHaveURL(/\/search\?competence=anhorigstod&municipality=1784$/);
    await expect(page.getByRole('button', { name: /Kompetens$/ })).toContainText('Anhörigstöd');
    await expect(page.getByRole('button', { name: /Kommun$/ })).toContainText('Arvika');
  });

  test('can be used with the keyboard alone, and narrows to a sector', async ({ page }) => {
    await page.goto('/');
    const need = page.getByRole('combobox', { name: 'Jag behöver' });
    await need.focus();
    await page.keyboard.type('avhopp');
    // Only what matches the typing is offered, competences and functions alike.
    await expect(page.getByRole('option', { name: 'Avhopparstöd', exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Avhopparstödjare', exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Anhörigstöd', exact: true })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(need).toHaveValue('Avhopparstöd');

    await page.keyboard.press('Tab'); // the options button is skipped; next is the municipality
    await expect(page.getByRole('button', { name: /i kommunen$/ })).toBeFocused();
    await page.keyboard.press('Tab');
    const sector = page.getByRole('button', { name: /från sektorn$/ });
    await expect(sector).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Hitta kontakter' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?competence=avhopparstod&municipality=1784$/);
    const results = page.getByRole('region', { name: 'Avhopparstöd i Arvika' });
    await expect(results.getByRole('link', { name: 'Kriminalvården, Frivården Karlstad' })).toBeVisible();

    // "… from civil society": the prison service drops out.
    await page.keyboard.press('Shift+Tab');
    await expect(sector).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.type('Civil');
    await page.keyboard.press('Enter');
    await expect(sector).toContainText('Civilsamhälle');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/\?competence=avhopparstod&municipality=1784&sector=CIVIL_SOCIETY$/);
    await expect(results.getByRole('link', { name: 'Kriminalvården, Frivården Karlstad' })).toHaveCount(0);
    const cards = results.getByRole('article');
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allTextContents()) expect(text).toMatch(/Exit Fryshuset|Brottsförebyggande Centrum i Värmland/);
  });

  test('has no WCAG 2.1 A/AA violations, before and after asking, and groups the choices', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    // The choices come in two groups. (While the list is open, React Aria's non-modal combobox hides
    // the rest of the page from screen readers with aria-hidden, which axe reports, so the scan waits
    // until it is closed: https://github.com/adobe/react-spectrum/issues/4937.)
    await page.getByRole('combobox', { name: 'Jag behöver' }).fill('s');
    const options = page.getByRole('listbox');
    await expect(options.getByRole('group', { name: 'Kompetenser' }).getByRole('option', { name: 'Samtalsstöd' })).toBeVisible();
    await expect(options.getByRole('group', { name: 'Funktioner' }).getByRole('option', { name: 'SSP/SSPF-samordnare' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(options).toBeHidden();

    // A shared link asks the question again, and shows it in the form.
    await page.goto('/?competence=anhorigstod&municipality=1784');
    await expect(page.getByRole('region', { name: 'Anhörigstöd i Arvika' }).getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Jag behöver' })).toHaveValue('Anhörigstöd');
    await expectNoAxeViolations(page);
  });
});

test.describe('the counterpart finder, as the regional coordinator', () => {
  // The coordinator works for the whole county, so no municipality is chosen for them.
  test.use({ storageState: authFile('coordinator') });

  test('asks for what is missing, then shows the deputy first when the holder is away', async ({ page }) => {
    await page.goto('/');
    const finder = page.getByRole('region', { name: 'Hitta rätt kontakt' });
    await finder.getByRole('button', { name: 'Hitta kontakter' }).click();
    await expect(finder.getByText('Välj en kompetens eller en funktion.')).toBeVisible();
    await expect(finder.getByText('Välj en kommun.')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Jag behöver' })).toBeFocused();
    await expect(page).toHaveURL(/\/$/);
    await expectNoAxeViolations(page);

    await chooseNeed(page, 'kommunpol', 'Kommunpolis');
    await finder.getByRole('button', { name: /i kommunen$/ }).click();
    await page.getByRole('option', { name: 'Kristinehamn' }).click();
    await finder.getByRole('button', { name: 'Hitta kontakter' }).click();
    await expect(page).toHaveURL(/\/\?function=COMMUNITY_POLICE&municipality=1781$/);
    await expect(finder.getByText('Välj en kommun.')).toHaveCount(0);

    // Kristinehamn's community police officer is away (demo data); a colleague of the police area deputises.
    const results = finder.getByRole('region', { name: 'Kommunpolis i Kristinehamn' });
    const holder = results.getByRole('region', { name: 'Utsedd funktion' }).getByRole('article').first();
    await expect(holder).toContainText(/Borta till \d{1,2} [a-zé]+ \d{4}/);
    await expect(holder).toContainText('Funktion: Kommunpolis, Kristinehamns kommun');
    const standIn = holder.locator('.counterpart-stand-in');
    await expect(standIn).toContainText('Kontakta i stället:');
    await expect(standIn).toContainText('ersättare som Kommunpolis, Kristinehamns kommun');
    const standInName = await standIn.getByRole('link').first().textContent();
    const holderName = await holder.getByRole('heading', { level: 5 }).getByRole('link').textContent();
    expect(standInName).not.toBe(holderName);
    // The first ways to reach anyone on the card are the stand-in's.
    const standInMail = await standIn.getByRole('link', { name: /@/ }).getAttribute('href');
    const standInPhone = await standIn.getByRole('link', { name: /^0[\d -]+$/ }).getAttribute('href');
    await expect(holder.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', standInMail ?? '');
    await expect(holder.getByRole('link', { name: /^0[\d -]+$/ }).first()).toHaveAttribute('href', standInPhone ?? '');
    await expect(holder.getByRole('link', { name: /@/ })).toHaveCount(2);
    await expectNoAxeViolations(page);
  });
});
