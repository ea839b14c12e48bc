import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, request, test } from '@playwright/test';
import { PersonalDataSchema } from '@repo/contracts';
import { generate } from 'otplib';
import { createAccount, latestMailLink, type TestAccount } from './accounts';
import { authFile, fillCredentials } from './auth';

async function signedInPage(browser: Browser, account: TestAccount): Promise<Page> {
  // A browser of the account's own: contexts made in a test otherwise inherit its signed-in state.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await fillCredentials(page, account.email, account.password);
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  return page;
}

/** An account of the test's own, since it will be changed or deleted. */
async function freshAccount(): Promise<TestAccount> {
  const admin = await request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile('admin') });
  const account = await createAccount(admin);
  await admin.dispose();
  return account;
}

test.describe('one’s own profile', () => {
  test('renames, ends another session, turns two-step verification on, renews codes and off again', async ({ browser }) => {
    const account = await freshAccount();
    const page = await signedInPage(browser, account);
    const elsewhere = await signedInPage(browser, account);

    await page.getByRole('link', { name: new RegExp(account.name) }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Namn' }).fill('Nytt Namn Testsson');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await expect(page.getByText('Namnet är sparat.')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: /Nytt Namn Testsson/ })).toBeVisible();

    const sessions = page.getByRole('grid', { name: 'Inloggningar' });
    await expect(sessions.getByRole('row')).toHaveCount(3);
    await sessions.getByRole('button', { name: 'Avsluta' }).click();
    await expect(sessions.getByRole('row')).toHaveCount(2);
    await expect(sessions).toContainText('Den här enheten');
    // The ended session notices at its next request and asks to sign in again, then return.
    await elsewhere.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await expect(elsewhere).toHaveURL(/\/login\?next=%2Fagencies$/);
    await expect(elsewhere.getByText('Din inloggning har upphört. Logga in igen för att fortsätta.')).toBeVisible();

    const mfa = page.getByRole('region', { name: 'Tvåstegsverifiering' });
    await mfa.getByRole('button', { name: 'Slå på tvåstegsverifiering' }).click();
    const secret = (await mfa.locator('code').textContent())?.replace(/\s+/g, '') ?? '';
    await mfa.getByRole('textbox', { name: 'Kod' }).fill('000000');
    await mfa.getByRole('button', { name: 'Aktivera' }).click();
    await expect(mfa.getByRole('alert')).toContainText('Koden stämmer inte');
    await mfa.getByRole('textbox', { name: 'Kod' }).fill(await generate({ secret }));
    await mfa.getByRole('button', { name: 'Aktivera' }).click();
    await expect(mfa.getByRole('list', { name: 'Reservkoder' }).getByRole('listitem').first()).toBeVisible();
    await mfa.getByRole('button', { name: 'Jag har sparat koderna' }).click();
    await expect(mfa.getByText('Tvåstegsverifiering är på.').first()).toBeVisible();

    await mfa.getByRole('button', { name: 'Skapa nya reservkoder' }).click();
    const renew = page.getByRole('dialog', { name: 'Skapa nya reservkoder' });
    await renew.getByLabel('Ditt lösenord').fill('fel-lösenord-helt-enkelt');
    await renew.getByRole('button', { name: 'Skapa nya koder' }).click();
    await expect(renew.getByText('Lösenordet stämmer inte.')).toBeVisible();
    await renew.getByLabel('Ditt lösenord').fill(account.password);
    await renew.getByRole('button', { name: 'Skapa nya koder' }).click();
    await expect(renew).toBeHidden();
    await expect(mfa.getByRole('list', { name: 'Reservkoder' }).getByRole('listitem').first()).toBeVisible();
    await mfa.getByRole('button', { name: 'Jag har sparat koderna' }).click();

    await mfa.getByRole('button', { name: 'Stäng av tvåstegsverifiering' }).click();
    const disable = page.getByRole('dialog', { name: 'Stäng av tvåstegsverifiering' });
    await disable.getByLabel('Ditt lösenord').fill(account.password);
    await disable.getByRole('button', { name: 'Stäng av', exact: true }).click();
    await expect(mfa.getByText('Tvåstegsverifiering är av.')).toBeVisible();
    await expect(mfa.getByRole('button', { name: 'Slå på tvåstegsverifiering' })).toBeVisible();
  });

  test('downloads all personal data, then deletes the account', async ({ browser }) => {
    const account = await freshAccount();
    const page = await signedInPage(browser, account);
    await page.goto('/profile');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ned mina uppgifter' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('samverkan-mina-uppgifter.json');
    const data = PersonalDataSchema.parse(JSON.parse(await readFile((await file.path()) ?? '', 'utf8')));
    expect(data.user.email).toBe(account.email);

    const danger = page.getByRole('region', { name: 'Radera kontot' });
    await expect(danger).toContainText('lämnas över till samordnaren');
    await danger.getByRole('button', { name: 'Radera mitt konto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Radera ditt konto?' });
    await dialog.getByLabel('Ditt lösenord').fill(account.password);
    await dialog.getByRole('button', { name: 'Radera kontot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByText('Ditt konto är raderat.', { exact: false })).toBeVisible();
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);

    await fillCredentials(page, account.email, account.password);
    await expect(page.getByRole('alert')).toHaveText('Fel e-postadress eller lösenord.');
  });

  test('a forgotten password is replaced through the mailed link; a common one is refused', async ({ page }) => {
    const account = await freshAccount();
    await page.goto('/forgot-password');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(account.email);
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expect(page.getByRole('status')).toHaveText(/Om adressen finns hos oss/);

    await page.goto(await latestMailLink(page.request, account.email, /https?:\/\/\S+\/reset-password#token=[\w-]+/));
    await expect(page.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' })).toBeVisible();
    await page.getByLabel('Nytt lösenord').fill('password1234');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await expect(page.getByText('Lösenordet är för vanligt eller lätt att gissa.', { exact: false })).toBeVisible();
    await page.getByLabel('Nytt lösenord').fill('Nattlig-Älv-Glaskogen-Tjugotre');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();

    await expect(page.getByText('Lösenordet är bytt. Logga in med ditt nya lösenord.')).toBeVisible();
    await fillCredentials(page, account.email, 'Nattlig-Älv-Glaskogen-Tjugotre');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  });
});

test.describe('administering a user', () => {
  test.use({ storageState: authFile('admin') });

  test('makes a member a coordinator, is told when someone else changed the user, and disables the account', async ({ page, browser }) => {
    const account = await freshAccount();
    await page.goto(`/admin/users?q=${encodeURIComponent(account.email)}`);
    await expect(page.getByRole('status').filter({ hasText: '1 användare' })).toBeVisible();
    await page.getByRole('link', { name: account.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: account.name })).toBeVisible();

    // The same user, open in a second window that will go stale.
    const other = await browser.newPage({ storageState: authFile('admin') });
    await other.goto(page.url());
    await expect(other.getByRole('heading', { level: 1, name: account.name })).toBeVisible();

    await page.getByRole('button', { name: /Roll/ }).click();
    await page.getByRole('option', { name: 'Samordnare' }).click();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByText('Välj hela Värmland eller minst en kommun.')).toBeVisible();
    await page.getByText('Hela Värmland', { exact: true }).click();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByText('Ändringarna är sparade.')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Samordnare' })).toBeVisible();

    await other.getByText('Får redigera organisationens uppgifter').click();
    await other.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(other.getByRole('alert')).toContainText('Någon annan har ändrat uppgifterna under tiden.');
    await other.getByRole('button', { name: 'Ladda om användaren' }).click();
    await expect(other.getByRole('alert')).toHaveCount(0);
    await expect(other.getByRole('button', { name: /Roll/ })).toContainText('Samordnare');
    await other.close();

    await page.getByRole('button', { name: 'Stäng av kontot' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Stänga av kontot för ${account.name}?` });
    await confirm.getByRole('button', { name: 'Stäng av kontot' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('definition').filter({ hasText: 'Avstängd' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aktivera kontot' })).toBeVisible();
  });
});
