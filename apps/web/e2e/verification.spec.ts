import { expect, test, type APIRequestContext } from '@playwright/test';
import { ContactPageSchema, ContactSchema, JobRunSchema, OutboxMailListSchema } from '@repo/contracts';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
const REQUEST_SUBJECT = 'Stämmer dina uppgifter i Samverkan Värmland?';

test.describe('the coordinators’ verification queue', () => {
  test.use({ storageState: authFile('coordinator') });

  test('a coordinator confirms a contact who answered neither mail, from the queue, by keyboard', async ({ page }) => {
    // Two axe scans of a list of some twenty cards: more than the default budget on a busy machine.
    test.slow();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Verifiering' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verifieringskö' })).toBeVisible();
    await expect(page).toHaveTitle('Verifiering – Samverkan Värmland');
    const results = page.getByRole('region', { name: 'Kontakter att verifiera' });
    const count = page.getByText(/^\d+ kontakter? väntar på verifiering$/);
    await expect(count).toBeVisible();
    const before = Number((await count.innerText()).split(' ')[0]);
    expect(before).toBeGreaterThan(0);

    const card = results.getByRole('article').first();
    const name = await card.getByRole('heading').innerText();
    await expect(card).toContainText('Tillfrågad');
    await expect(card).toContainText('Påmind');
    await expect(card).toContainText('I kön sedan');
    const edit = card.getByRole('link', { name: `Redigera ${name}` });
    const href = await edit.getAttribute('href');
    expect(href).toMatch(/^\/contacts\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page);

    // Archiving asks first; Escape leaves the contact where it was.
    await card.getByRole('button', { name: `Arkivera ${name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Arkivera ${name}?` });
    await expect(dialog.getByRole('button', { name: 'Arkivera kontakten' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await card.getByRole('button', { name: `Bekräfta uppgifterna för ${name}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Uppgifterna för ${name} är bekräftade.`)).toBeVisible();
    await expect(results.locator(`a[href="${href}"]`)).toHaveCount(0);
    await expect(count).toHaveText(`${before - 1} ${before - 1 === 1 ? 'kontakt' : 'kontakter'} väntar på verifiering`);
  });
});

test.describe('the verification queue for a member', () => {
  test.use({ storageState: authFile('member') });

  test('is neither in the menu nor open to them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Täckning' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Verifiering' })).toHaveCount(0);
    await page.goto('/verification');
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
  });
});

/** The "still correct?" mails in the local outbox, newest first. */
async function verificationRequests(request: APIRequestContext) {
  const response = await request.get('/api/dev/mail');
  expect(response.status()).toBe(200);
  return OutboxMailListSchema.parse(await response.json()).items.filter((mail) => mail.subject === REQUEST_SUBJECT);
}

/** The path and fragment of the mail's link to the page, with "&edit=1" for the form. */
function linkIn(text: string, toForm = false): string {
  const pattern = toForm ? /https?:\/\/\S+\/verify-contact#token=[\w-]+&edit=1/ : /https?:\/\/\S+\/verify-contact#token=[\w-]+/;
  const link = text.match(pattern)?.[0];
  expect(link, 'a link to /verify-contact in the mail').toBeDefined();
  // Mailed links use the portal's public address; the tests reach the same server by another name.
  const url = new URL(link!);
  return `${url.pathname}${url.hash}`;
}

const addressee = (text: string) => /^Hej (.+)!$/m.exec(text)?.[1] ?? '';

test.describe('a mailed “still correct?” link', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({ request }) => {
    // The daily sweep, run now through pg-boss: the demo's stale contacts who were never asked get their mail.
    const response = await request.post('/api/dev/jobs/roster-freshness', { headers: UNSAFE });
    expect(response.status()).toBe(200);
    expect(JobRunSchema.parse(await response.json())).toMatchObject({ state: 'completed', output: { failed: 0 } });
    expect((await verificationRequests(request)).length).toBeGreaterThanOrEqual(2);
  });

  test('a stale contact confirms their details with one click, and the link is then used up', async ({ page, request }) => {
    const [mail] = await verificationRequests(request);
    const link = linkIn(mail!.text);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Stämmer dina uppgifter?' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Dina uppgifter i kontaktlistan' });
    await expect(details).toContainText(addressee(mail!.text));
    await expect(details).toContainText('Senast bekräftad');
    await expectNoAxeViolations(page);

    await details.getByRole('button', { name: 'Mina uppgifter stämmer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tack! Dina uppgifter är bekräftade.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ändra dina uppgifter' })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('alert')).toContainText('Länken gäller inte längre.');
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Are your details correct?' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('This link no longer works.');
    await expectNoAxeViolations(page);
  });

  test('a stale contact corrects their details through the second link, over a coordinator’s change', async ({ page, request, browser }) => {
    const mail = (await verificationRequests(request))[1]!;
    await page.goto(linkIn(mail.text, true));
    await expect(page.getByRole('region', { name: 'Dina uppgifter i kontaktlistan' })).toContainText(addressee(mail.text));
    // The second link opens the page at the form.
    await expect(page.getByRole('heading', { name: 'Ändra dina uppgifter' })).toBeFocused();
    const form = page.getByRole('region', { name: 'Ändra dina uppgifter' });
    await expect(form.getByRole('textbox', { name: 'Befattning' })).not.toHaveValue('');
    await expectNoAxeViolations(page);

    // Meanwhile a coordinator changes the same entry.
    const coordinator = await browser.newContext({ storageState: authFile('coordinator') });
    try {
      const contact = await findContact(coordinator.request, mail.to);
      const changed = await coordinator.request.patch(`/api/contacts/${contact.id}`, { headers: UNSAFE, data: { version: contact.version, phone: '070-174 06 99' } });
      expect(changed.status()).toBe(200);

      await form.getByRole('textbox', { name: 'Befattning' }).fill('Samordnare för trygghetsfrågor');
      // By keyboard: React Aria hides the native box, and Space ticks it.
      const exitSupport = form.getByRole('checkbox', { name: 'Avhopparstöd' });
      const hadExitSupport = await exitSupport.isChecked();
      await exitSupport.focus();
      await page.keyboard.press('Space');
      await expect(exitSupport).toBeChecked({ checked: !hadExitSupport });
      await form.getByRole('button', { name: 'Spara och bekräfta' }).click();

      const conflict = page.getByRole('region', { name: 'Någon annan har sparat ändringar under tiden' });
      await expect(conflict).toBeVisible();
      await expect(conflict.getByRole('rowheader', { name: 'Befattning' })).toBeVisible();
      await expect(conflict.getByRole('row').filter({ hasText: 'Befattning' })).toContainText('Samordnare för trygghetsfrågor');
      await expectNoAxeViolations(page);
      await conflict.getByRole('button', { name: 'Spara mina värden ovanpå' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Tack! Dina ändringar är sparade och uppgifterna bekräftade.' })).toBeVisible();

      const saved = ContactSchema.parse(await (await coordinator.request.get(`/api/contacts/${contact.id}`)).json());
      expect(saved).toMatchObject({ title: 'Samordnare för trygghetsfrågor', phone: '070-174 06 99', isStale: false });
      expect(saved.competences.map((competence) => competence.slug).includes('avhopparstod')).toBe(!hadExitSupport);
    } finally {
      await coordinator.close();
    }
  });
});

/** A contact of the demo roster by address, through the directory. */
async function findContact(request: APIRequestContext, email: string) {
  for (let page = 1; page <= 10; page += 1) {
    const response = await request.get(`/api/contacts?pageSize=100&page=${page}`);
    expect(response.status()).toBe(200);
    const { items } = ContactPageSchema.parse(await response.json());
    const contact = items.find((item) => item.email === email);
    if (contact) return contact;
    if (items.length < 100) break;
  }
  throw new Error(`No contact with the address ${email} in the roster`);
}
