import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS } from '@repo/test-factories';
import { generate } from 'otplib';
import { invite, latestMailLink } from './accounts';
import { authFile, fillCredentials } from './auth';

test.describe('invitation to a signed-in coordinator', () => {
  test.use({ storageState: authFile('admin') });

  test('an administrator invites a coordinator, who accepts, sets up two-step verification, signs in and out', async ({ page, browser }) => {
    const email = `samordnare-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.example`;
    const password = 'Lugna-Vatten-Sunne-Klarälven-48';

    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Bjud in användare' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bjud in en användare' });
    await dialog.getByRole('textbox', { name: 'E-postadress' }).fill(email);
    await dialog.getByRole('button', { name: /Roll/ }).click();
    await page.getByRole('option', { name: 'Samordnare' }).click();
    await dialog.getByRole('combobox', { name: 'Organisation' }).fill('Länsstyrelsen');
    await page.getByRole('option', { name: 'Länsstyrelsen Värmland' }).click();
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    // A coordinator needs an area: the form says so before anything is sent.
    await expect(dialog.getByText('Välj hela Värmland eller minst en kommun.')).toBeVisible();
    // React Aria hides the native box; the label is what a pointer presses.
    for (const municipality of ['Kil', 'Sunne']) {
      await dialog.getByText(municipality, { exact: true }).click();
      await expect(dialog.getByRole('checkbox', { name: municipality })).toBeChecked();
    }
    await dialog.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`En inbjudan har skickats till ${email}.`)).toBeVisible();

    await page.getByRole('navigation', { name: 'Användare och inbjudningar' }).getByRole('link', { name: 'Inbjudningar' }).click();
    await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Samordnare');

    const invitationPath = await latestMailLink(page.request, email, /https?:\/\/\S+\/invitation#token=[\w-]+/);

    // The invited person, in a browser of their own.
    // Contexts made in a test inherit its options; this one must not carry the administrator's cookie.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitee = await context.newPage();
    await invitee.goto(invitationPath);
    await expect(invitee.getByRole('heading', { level: 1, name: 'Inbjudan till Samverkan Värmland' })).toBeVisible();
    await expect(invitee.getByText(email)).toBeVisible();
    await expect(invitee.getByText('Länsstyrelsen Värmland')).toBeVisible();
    await invitee.getByRole('textbox', { name: 'Ditt namn' }).fill('Siri Samordnare');
    await invitee.getByLabel('Välj lösenord').fill(password);
    await invitee.getByRole('button', { name: 'Skapa kontot' }).click();

    await expect(invitee).toHaveURL(/\/login$/);
    await expect(invitee.getByText('Ditt konto är skapat.', { exact: false })).toBeVisible();
    await expect(invitee.getByRole('textbox', { name: 'E-postadress' })).toHaveValue(email);
    await invitee.getByLabel('Lösenord', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Logga in', exact: true }).click();

    const setup = invitee.getByRole('region', { name: 'Ställ in tvåstegsverifiering' });
    await expect(setup).toBeVisible();
    await expect(setup.getByRole('img', { name: 'QR-kod att skanna med autentiseringsappen' })).toBeVisible();
    const secret = (await setup.locator('code').textContent())?.replace(/\s+/g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await setup.getByRole('textbox', { name: 'Kod' }).fill(await generate({ secret }));
    await setup.getByRole('button', { name: 'Aktivera och logga in' }).click();

    const codes = invitee.getByRole('list', { name: 'Reservkoder' });
    await expect(invitee.getByRole('heading', { name: 'Dina reservkoder' })).toBeVisible();
    expect(await codes.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    await invitee.getByRole('button', { name: 'Jag har sparat koderna – fortsätt' }).click();

    await expect(invitee.getByRole('heading', { level: 1, name: 'Samverkan Värmland' })).toBeVisible();
    await expect(invitee.getByRole('link', { name: /Siri Samordnare/ })).toBeVisible();
    const nav = invitee.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Användare' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Logg' })).toHaveCount(0);

    await invitee.getByRole('button', { name: 'Logga ut' }).click();
    await expect(invitee.getByText('Du är utloggad.')).toBeVisible();
    expect((await invitee.request.get('/api/auth/me')).status()).toBe(401);
    await context.close();
  });
});

test.describe('pending invitations', () => {
  test.use({ storageState: authFile('admin') });

  test('a revoked invitation is gone from the list and its link no longer works', async ({ page, browser }) => {
    const email = `aterkallad-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.example`;
    const token = await invite(page.request, email);

    await page.goto('/admin/invitations');
    const row = page.getByRole('row', { name: new RegExp(email) });
    await expect(row).toContainText('Medlem');
    await row.getByRole('button', { name: `Återkalla inbjudan till ${email}` }).click();
    await expect(page.getByText(`Inbjudan till ${email} är återkallad.`)).toBeVisible();
    await expect(row).toHaveCount(0);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const invitee = await context.newPage();
    await invitee.goto(`/invitation#token=${token}`);
    await expect(invitee.getByRole('alert')).toContainText('Inbjudan gäller inte längre.');
    await expect(invitee.getByRole('button', { name: 'Skapa kontot' })).toHaveCount(0);
    await context.close();
  });
});

test.describe('a member', () => {
  test.use({ storageState: authFile('member') });

  test('never sees the administration, and its pages say "no access"', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Organisationer' })).toBeVisible();
    for (const name of ['Användare', 'Anslutningsförfrågningar', 'Logg']) {
      await expect(nav.getByRole('link', { name })).toHaveCount(0);
    }
    for (const path of ['/admin/users', '/admin/invitations', '/admin/join-requests', '/admin/audit']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
      await expect(page.getByRole('grid')).toHaveCount(0);
    }
  });

  test('sees their own profile and where they are signed in', async ({ page }) => {
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Min profil' })).toBeVisible();
    await expect(page.getByText(DEMO_ACCOUNTS.member.email)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Namn' })).toHaveValue(DEMO_ACCOUNTS.member.name);
    await expect(page.getByRole('grid', { name: 'Inloggningar' }).getByText('Den här enheten')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Slå på tvåstegsverifiering' })).toBeVisible();
  });
});

test.describe('signing in', () => {
  test('a wrong password gets the same generic answer as an unknown address', async ({ page }) => {
    await page.goto('/login');
    await fillCredentials(page, DEMO_ACCOUNTS.member.email, 'not-the-password-at-all');
    await expect(page.getByRole('alert')).toHaveText('Fel e-postadress eller lösenord.');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('Lösenord', { exact: true })).toHaveValue('');

    await fillCredentials(page, 'nobody-here@test.example', 'not-the-password-at-all');
    await expect(page.getByRole('alert')).toHaveText('Fel e-postadress eller lösenord.');
  });

  test('works with the keyboard alone: sign in with a code, reach a page, sign out', async ({ page }) => {
    const account = DEMO_ACCOUNTS.coordinator;
    await page.goto('/login');
    const tabUntilFocused = async (name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let presses = 0; presses < 25; presses += 1) {
        await page.keyboard.press(key);
        const focused = page.locator(':focus');
        if ((await focused.count()) > 0 && (await focused.getAttribute('aria-label')) === null) {
          const label = await focused.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '');
          if (typeof name === 'string' ? label.trim() === name : name.test(label)) return;
        }
      }
      throw new Error(`Tab never reached ${String(name)}`);
    };
    await tabUntilFocused('E-postadress');
    await page.keyboard.type(account.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Tvåstegsverifiering' })).toBeVisible();
    await tabUntilFocused(/^Kod/);
    // A code of the next time step: the set-up project has used this step's code for this account.
    await page.keyboard.type(await generate({ secret: account.totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();

    await tabUntilFocused('Organisationer');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();
    // Focus moved to the new page's content; the header is behind it.
    await tabUntilFocused('Logga ut', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  });

  test('a signed-out visitor is sent to log in and comes back to the page they asked for', async ({ page }) => {
    await page.goto('/agencies?q=kil');
    await expect(page).toHaveURL(/\/login\?next=%2Fagencies%3Fq%3Dkil$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
    await fillCredentials(page, DEMO_ACCOUNTS.member.email, DEMO_ACCOUNTS.member.password);
    await expect(page).toHaveURL(/\/agencies\?q=kil$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();
  });

  test('asking for a new password says the same whether or not the address is known', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' })).toBeVisible();
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('nobody-here@test.example');
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await expect(page.getByRole('status')).toHaveText(/Om adressen finns hos oss har vi skickat en länk/);
  });
});
