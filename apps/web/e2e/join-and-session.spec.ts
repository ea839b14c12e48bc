import { expect, test } from '@playwright/test';
import { OutboxMailListSchema } from '@repo/contracts';
import { DEMO_ACCOUNTS } from '@repo/test-factories';
import { authFile, fillCredentials } from './auth';

test.describe('asking to join', () => {
  test('someone asks to join with the keyboard, a coordinator approves, and an invitation is mailed', async ({ page, browser }) => {
    const name = `Jonna Sökande ${Date.now()}`;
    const email = `sokande-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.example`;

    await page.goto('/login');
    await page.getByRole('link', { name: 'Ansök om att gå med' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ansök om att gå med i nätverket' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Namn' }).fill(name);
    await page.getByRole('textbox', { name: 'E-postadress i tjänsten' }).fill(email);
    const agency = page.getByRole('combobox', { name: 'Organisation' });
    await agency.focus();
    await page.keyboard.type('Socialtjänsten, Arvika');
    await expect(page.getByRole('option', { name: 'Socialtjänsten, Arvika kommun' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(agency).toHaveValue('Socialtjänsten, Arvika kommun');
    await page.getByRole('textbox', { name: 'Funktion eller titel' }).fill('Fältsekreterare');
    await page.getByRole('textbox', { name: 'Varför vill du gå med?' }).fill('Jag arbetar med förebyggande insatser och vill hitta mina motsvarigheter i länet.');
    await page.getByRole('button', { name: 'Skicka ansökan' }).press('Enter');
    await expect(page.getByRole('status')).toHaveText(/Tack! Din ansökan är skickad/);

    const context = await browser.newContext({ storageState: authFile('coordinator') });
    const coordinator = await context.newPage();
    await coordinator.goto('/admin/join-requests');
    await expect(coordinator.getByRole('tab', { name: 'Väntande', selected: true })).toBeVisible();
    const request = coordinator.getByRole('article', { name });
    await expect(request).toContainText('Fältsekreterare');
    await expect(request).toContainText('Socialtjänsten, Arvika kommun');
    await request.getByRole('button', { name: `Godkänn ${name}` }).click();
    await expect(coordinator.getByText(`${name} är godkänd. En inbjudan har skickats till ${email}.`)).toBeVisible();
    await expect(coordinator.getByRole('article', { name })).toHaveCount(0);

    await coordinator.getByRole('tab', { name: 'Godkända' }).click();
    await expect(coordinator.getByRole('article', { name })).toContainText(DEMO_ACCOUNTS.coordinator.name);

    const mails = OutboxMailListSchema.parse(await (await coordinator.request.get('/api/dev/mail')).json()).items;
    expect(mails.find((mail) => mail.to === email)?.text).toMatch(/\/invitation#token=[\w-]+/);
    await context.close();
  });
});

test.describe('an idle session', () => {
  test('warns two minutes before the end, and then signs out with a message', async ({ page }) => {
    await page.clock.install();
    await page.goto('/login');
    await fillCredentials(page, DEMO_ACCOUNTS.member.email, DEMO_ACCOUNTS.member.password);
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
    await page.goto('/agencies');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationer i nätverket' })).toBeVisible();

    await page.clock.fastForward('28:30');
    const warning = page.getByRole('alertdialog', { name: 'Vill du fortsätta vara inloggad?' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/Du loggas ut om [01]:\d\d/);

    // "Stay signed in" asks the server who is signed in, which counts as activity and moves the end.
    const stay = page.waitForResponse((response) => response.url().endsWith('/api/auth/me'));
    await warning.getByRole('button', { name: 'Fortsätt vara inloggad' }).click();
    expect((await stay).headers()['x-session-idle-expires-at']).toBeTruthy();
    // The server's new end is 30 minutes from the real now; bring the page's clock back to it.
    await page.clock.setSystemTime(new Date());
    await page.clock.runFor(1000);
    await expect(warning).toBeHidden();

    await page.clock.fastForward('30:30');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByText('Du loggades ut efter 30 minuter utan aktivitet.', { exact: false })).toBeVisible();
    expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  });
});
