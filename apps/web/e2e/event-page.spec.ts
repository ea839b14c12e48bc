import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { CalendarFeedsSchema, type CreateEventInput, type Event, EventSchema, RegistrationResultSchema } from '@repo/contracts';
import { DEMO_ACCOUNTS } from '@repo/test-factories';
import { createAccount } from './accounts';
import { authFile, type DemoRole, fillCredentials } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A demo account's API session, for setting up what a test needs. */
async function apiAs(role: DemoRole): Promise<APIRequestContext> {
  return request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile(role) });
}

/** "+01:00" or "+02:00": Stockholm's offset on that day, so the event starts at 09:00 Swedish time whatever the season. */
function stockholmOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

/** The day `days` from now, at hh:mm Swedish time. */
function swedishTime(days: number, time: string): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}:00${stockholmOffset(day)}`;
}

/** An event posted by the demo coordinator (for the coordinator's own agency unless said otherwise). */
async function postEvent(input: Partial<CreateEventInput> & { title: string }): Promise<Event> {
  const api = await apiAs('coordinator');
  const response = await api.post('/api/events', {
    headers: UNSAFE,
    data: {
      kind: 'TRAINING',
      when: { allDay: false, startsAt: swedishTime(30, '09:00'), endsAt: swedishTime(30, '12:00') },
      place: 'Stadshuset, Karlstad',
      description: 'Vi går igenom **tidiga tecken** på radikalisering.',
      ...input,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const event = EventSchema.parse(await response.json());
  await api.dispose();
  return event;
}

async function registerThroughApi(role: DemoRole, eventId: string): Promise<void> {
  const api = await apiAs(role);
  const response = await api.post(`/api/events/${eventId}/registration`, { headers: UNSAFE });
  expect(response.status(), await response.text()).toBe(201);
  RegistrationResultSchema.parse(await response.json());
  await api.dispose();
}

/**
 * The axe scan, once React Aria's live announcer has let go of its last announcement: for a few
 * seconds it keeps one labelled by an element that has since gone, which axe would count as an
 * image without a name.
 */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0, { timeout: 15_000 });
  await expectNoAxeViolations(page);
}

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

test.describe('the event page, as a member', () => {
  test.use({ storageState: authFile('member') });

  test('shows the event in Swedish time with its week, audience and capacity, and the description as safe Markdown', async ({ page }) => {
    const title = `Utbildning om tidiga tecken ${unique()}`;
    const event = await postEvent({
      title,
      when: { allDay: false, startsAt: swedishTime(30, '09:00'), endsAt: swedishTime(30, '12:00') },
      onlineUrl: 'https://meet.example/tidiga-tecken',
      capacity: 50,
      targetSectors: ['SCHOOL', 'SOCIAL_SERVICES'],
      registrationDeadline: swedishTime(28, '16:00'),
      description: [
        '## Program',
        '',
        'Läs [CVE:s stöd](https://www.cve.se/) först.',
        '',
        '<script>window.__hacked = true</script>',
        '<img src="x" onerror="window.__hacked = true">',
        '',
        '[Klicka här](javascript:window.__hacked=true)',
      ].join('\n'),
    });

    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`${title} – Samverkan Värmland`);
    const facts = page.getByRole('definition');
    await expect(facts.filter({ hasText: 'Utbildning' })).toBeVisible();
    await expect(facts.filter({ hasText: /^\p{L}+ \d{1,2} \p{L}+ \d{4} kl\. 09:00–12:00 \(v\. \d{1,2}\)$/u })).toBeVisible();
    await expect(facts.filter({ hasText: 'Hela länet' })).toBeVisible();
    await expect(facts.filter({ hasText: 'Skola, Socialtjänst' })).toBeVisible();
    await expect(facts.filter({ hasText: 'Stadshuset, Karlstad' })).toBeVisible();
    await expect(facts.filter({ hasText: '0 av 50 tagna' })).toBeVisible();
    await expect(facts.filter({ hasText: /^\d{4}-\d{2}-\d{2} 16:00$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://meet.example/tidiga-tecken' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: event.organiserAgency.name })).toHaveAttribute('href', `/agencies/${event.organiserAgency.id}`);
    if (event.contact) await expect(page.getByRole('link', { name: event.contact.name })).toHaveAttribute('href', `/contacts/${event.contact.id}`);

    // The description: Markdown rendered, raw HTML dropped, the javascript: link left as text.
    const about = page.getByRole('region', { name: 'Om evenemanget' });
    await expect(about.getByRole('heading', { level: 4, name: 'Program' })).toBeVisible();
    await expect(about.getByRole('link', { name: 'CVE:s stöd' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(about.getByText('Klicka här')).toBeVisible();
    await expect(about.getByRole('link', { name: 'Klicka här' })).toHaveCount(0);
    await expect(about.locator('script, img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __hacked?: boolean }).__hacked)).toBeUndefined();

    // A member who did not post it neither edits it nor sees who comes.
    await expect(page.getByRole('link', { name: 'Ändra evenemanget' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Deltagare' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('definition').filter({ hasText: 'The whole county' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^\p{L}+ \d{1,2} \p{L}+ \d{4}, 09:00–12:00 \(week \d{1,2}\)$/u })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '0 of 50 taken' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Register me' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download for your calendar (.ics)' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Svenska' }).check();
  });

  test('registers, finds it among my events, and unregisters after confirming', async ({ page }) => {
    const title = `Nätverksträff SSPF ${unique()}`;
    const event = await postEvent({ title, kind: 'NETWORK_MEETING', capacity: 20 });
    await page.goto(`/events/${event.id}`);

    const registration = page.getByRole('region', { name: 'Anmälan' });
    await registration.getByRole('button', { name: 'Anmäl mig' }).click();
    await expect(registration.getByRole('status')).toHaveText('Klart, du är anmäld.');
    await expect(registration.getByText('Du är anmäld.', { exact: true })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '1 av 20 tagna' })).toBeVisible();

    // "My events" lists it (the agenda runs from today; the month view would show this month only).
    await page.goto('/events?mine=true&view=agenda');
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    await registration.getByRole('button', { name: 'Avanmäl mig' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Avanmäla dig?' });
    await expect(confirm).toContainText(`Du lämnar din plats på "${title}".`);
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Ja, avanmäl mig' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(registration.getByRole('status')).toHaveText('Du är avanmäld.');
    // The button that opened the dialog is gone; focus is on the one that took its place.
    await expect(registration.getByRole('button', { name: 'Anmäl mig' })).toBeFocused();
    await expect(page.getByRole('definition').filter({ hasText: '0 av 20 tagna' })).toBeVisible();
  });

  test('joins the waitlist of a full event and learns the place in line, then leaves it', async ({ page }) => {
    const title = `Fullbokad konferens ${unique()}`;
    const event = await postEvent({ title, kind: 'CONFERENCE', capacity: 1 });
    await registerThroughApi('coordinator', event.id); // the only seat
    await registerThroughApi('admin', event.id); // first in line

    await page.goto(`/events/${event.id}`);
    const registration = page.getByRole('region', { name: 'Anmälan' });
    await expect(page.getByRole('definition').filter({ hasText: '1 av 1 tagna' })).toContainText('(1 på väntelistan)');
    await expect(registration).toContainText('Alla platser är tagna.');
    await registration.getByRole('button', { name: 'Ställ mig på väntelistan' }).click();
    await expect(registration.getByRole('status')).toHaveText('Evenemanget är fullt, så du står på väntelistan. Du är nummer 2.');
    await expect(registration.getByText('Du är nummer 2 på väntelistan.')).toBeVisible();
    await page.reload();
    await expect(registration.getByText('Du är nummer 2 på väntelistan.')).toBeVisible();

    await registration.getByRole('button', { name: 'Lämna väntelistan' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Lämna väntelistan?' });
    await expect(confirm).toContainText('Ställer du dig på väntelistan igen hamnar du sist.');
    await confirm.getByRole('button', { name: 'Ja, lämna väntelistan' }).click();
    await expect(registration.getByRole('status')).toHaveText('Du har lämnat väntelistan.');
    await expect(registration.getByRole('button', { name: 'Ställ mig på väntelistan' })).toBeVisible();
  });

  test('downloads the event as an iCalendar file', async ({ page }) => {
    const title = `Webbinarium ${unique()}`;
    const event = await postEvent({ title, kind: 'WEBINAR', place: null, onlineUrl: 'https://meet.example/webbinarium' });
    await page.goto(`/events/${event.id}`);
    const calendar = page.getByRole('region', { name: 'Lägg till i kalender' });
    await expect(calendar.getByRole('link', { name: 'profilsidan' })).toHaveAttribute('href', '/profile#calendar-feeds');

    const [download] = await Promise.all([page.waitForEvent('download'), calendar.getByRole('link', { name: 'Ladda ner till kalendern (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    // Unfolded: a long line of a calendar file continues on the next after a line break and a space.
    const ics = (await readFile((await download.path())!, 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`SUMMARY:${title}`);
    expect(ics).toMatch(/\r\nUID:[^\r\n]+\r\n/);
    expect(ics).toMatch(/\r\nDTSTART;TZID=Europe\/Stockholm:\d{8}T090000\r\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/END:VCALENDAR\r\n$/);
  });

  test('a cancelled event says so in words and offers no registration, also to a page opened before', async ({ page }) => {
    const title = `Inställd träff ${unique()}`;
    const event = await postEvent({ title, capacity: 10 });
    await page.goto(`/events/${event.id}`);
    const register = page.getByRole('button', { name: 'Anmäl mig' });
    await expect(register).toBeVisible();

    const api = await apiAs('coordinator');
    const cancelled = await api.post(`/api/events/${event.id}/cancel`, { headers: UNSAFE, data: { version: event.version, reason: 'Föreläsaren är sjuk.' } });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
    await api.dispose();

    // The page still offers registration; the API's refusal (409, cancelled) is told in words, and the page catches up.
    await register.click();
    await expect(page.getByRole('region', { name: 'Anmälan' }).getByRole('alert')).toContainText('Evenemanget är inställt, så anmälan är stängd.');
    await expect(page.getByRole('note').filter({ hasText: 'Inställt' })).toBeVisible();
    await expect(register).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`Inställt: ${title} – Samverkan Värmland`);
    const banner = page.getByRole('note').filter({ hasText: 'Inställt' });
    await expect(banner).toContainText('blir inte av');
    await expect(register).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Anmälan' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('an unknown event is not found', async ({ page }) => {
    await page.goto('/events/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Evenemanget finns inte' })).toBeVisible();
    await page.goto('/events/inte-ett-id');
    await expect(page.getByRole('heading', { level: 1, name: 'Evenemanget finns inte' })).toBeVisible();
  });

  test('registers and unregisters with the keyboard alone', async ({ page }) => {
    const title = `Tangentbordskurs ${unique()}`;
    const event = await postEvent({ title, capacity: 5 });
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    const registration = page.getByRole('region', { name: 'Anmälan' });
    const register = registration.getByRole('button', { name: 'Anmäl mig' });
    // From the heading, Tab goes through the links of the facts and the description to the button.
    await page.getByRole('heading', { level: 1, name: title }).click();
    for (let i = 0; i < 40 && !(await register.evaluate((element) => element === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(register).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(registration.getByRole('status')).toHaveText('Klart, du är anmäld.');

    // The pressed button is gone; focus is on the one that took its place.
    const unregister = registration.getByRole('button', { name: 'Avanmäl mig' });
    await expect(unregister).toBeFocused();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Avanmäla dig?' });
    await expect(confirm).toBeVisible();
    // Escape closes without doing anything and gives focus back.
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(unregister).toBeFocused();
    await page.keyboard.press('Space');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Ja, avanmäl mig' }).focus();
    await page.keyboard.press('Enter');
    await expect(registration.getByRole('status')).toHaveText('Du är avanmäld.');
    await expect(registration.getByRole('button', { name: 'Anmäl mig' })).toBeFocused();
  });
});

test.describe('the event page, as its organiser', () => {
  test('sees who comes and who waits, exports them as CSV, and removes one so the first in line moves up', async ({ browser }) => {
    test.slow();
    const title = `Samverkanskurs ${unique()}`;
    const event = await postEvent({ title, capacity: 1 });
    await registerThroughApi('member', event.id); // the seat
    await registerThroughApi('admin', event.id); // the waitlist

    const page = await signedInPage(browser, 'coordinator');
    await page.goto(`/events/${event.id}`);
    await expect(page.getByRole('link', { name: 'Ändra evenemanget' })).toHaveAttribute('href', `/events/${event.id}/edit`);
    const panel = page.getByRole('region', { name: 'Deltagare' });
    const registered = panel.getByRole('table', { name: 'Anmäld (1)' });
    const waitlist = panel.getByRole('table', { name: 'Väntelista (1)' });
    await expect(registered.getByRole('rowheader', { name: DEMO_ACCOUNTS.member.name })).toBeVisible();
    await expect(registered.getByRole('link', { name: DEMO_ACCOUNTS.member.email })).toHaveAttribute('href', `mailto:${DEMO_ACCOUNTS.member.email}`);
    await expect(waitlist.getByRole('rowheader', { name: DEMO_ACCOUNTS.admin.name })).toBeVisible();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Exportera CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^deltagare-.+\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Status;Plats i kön;Namn;E-post;Organisation;Anmäld;Bekräftad');
    expect(csv).toContain(DEMO_ACCOUNTS.member.email);
    expect(csv).toContain(DEMO_ACCOUNTS.admin.email);

    await registered.getByRole('button', { name: `Ta bort ${DEMO_ACCOUNTS.member.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Ta bort ${DEMO_ACCOUNTS.member.name}?` });
    await expect(confirm).toContainText('den som står först på väntelistan');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await expect(panel.getByRole('status')).toHaveText(`${DEMO_ACCOUNTS.member.name} är borttagen.`);
    await expect(panel.getByRole('heading', { level: 2, name: 'Deltagare' })).toBeFocused();
    // The admin moved up from the waitlist.
    await expect(panel.getByRole('table', { name: /^Anmäld/ }).getByRole('rowheader', { name: DEMO_ACCOUNTS.admin.name })).toBeVisible();
    await expect(panel.getByText('Ingen står på väntelistan.')).toBeVisible();
    await expectAccessible(page);

    // Cancelling from the page: the banner takes the place of the buttons, and focus goes to it.
    await page.getByRole('button', { name: 'Ställ in evenemanget' }).click();
    const cancel = page.getByRole('alertdialog', { name: `Ställa in ${title}?` });
    await cancel.getByRole('textbox', { name: 'Anledning (valfritt)' }).fill('Lokalen är inte tillgänglig.');
    await cancel.getByRole('button', { name: 'Ställ in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Evenemanget är inställt.' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'Inställt' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Ändra evenemanget' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ställ in evenemanget' })).toHaveCount(0);
    await expectAccessible(page);
    await page.context().close();
  });
});

test.describe('the calendar section of the profile', () => {
  test('creates the secret addresses, renews them (the old stop working) and removes them', async ({ browser }) => {
    test.slow();
    const admin = await apiAs('admin');
    const account = await createAccount(admin);
    await admin.dispose();
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto('/login');
    await fillCredentials(page, account.email, account.password);
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();

    await page.goto('/profile#calendar-feeds');
    const section = page.getByRole('region', { name: 'Kalender', exact: true });
    await expect(section.getByRole('heading', { level: 2, name: 'Kalender' })).toBeFocused();
    await expect(section).toContainText('Outlook');
    await expect(section).toContainText('Thunderbird');
    await expect(section.getByText('Du har ingen kalenderadress än.')).toBeVisible();
    await section.getByRole('button', { name: 'Skapa adress' }).click();
    await expect(section.getByRole('status')).toHaveText('Adresserna är skapade.');

    const personal = section.getByRole('textbox', { name: 'Mina evenemang' });
    const network = section.getByRole('textbox', { name: 'Nätverkets evenemang' });
    await expect(personal).toBeFocused();
    await expect(personal).toHaveAttribute('readonly', '');
    const firstUrl = await personal.inputValue();
    expect(firstUrl).toMatch(/^https?:\/\/.+/);
    expect(await network.inputValue()).toMatch(/^https?:\/\/.+/);
    const feeds = CalendarFeedsSchema.parse(await (await page.request.get('/api/calendar/feeds')).json());
    expect(feeds.personalUrl).toBe(firstUrl);

    // Narrowing the network feed to a sector puts it in the address.
    await section.getByRole('button', { name: /Sektor/ }).click();
    await page.getByRole('option', { name: 'Skola' }).click();
    await expect(network).toHaveValue(/[?&]sector=SCHOOL/);

    await section.getByRole('button', { name: 'Kopiera adressen till Mina evenemang' }).click();
    await expect(section.getByRole('status')).toHaveText('Adressen är kopierad.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstUrl);

    // The address works without signing in.
    const anonymous = await request.newContext({ baseURL: test.info().project.use.baseURL });
    const feedPath = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.pathname}${parsed.search}`;
    };
    const before = await anonymous.get(feedPath(firstUrl));
    expect(before.status()).toBe(200);
    expect(await before.text()).toContain('BEGIN:VCALENDAR');
    await expectAccessible(page);

    await section.getByRole('button', { name: 'Byt adress' }).click();
    const renew = page.getByRole('alertdialog', { name: 'Byta kalenderadresser?' });
    await expect(renew).toContainText('de gamla slutar fungera direkt');
    await expectAccessible(page);
    await renew.getByRole('button', { name: 'Byt adress' }).click();
    await expect(section.getByRole('status')).toHaveText('Du har nya adresser. De gamla fungerar inte längre.');
    await expect(personal).not.toHaveValue(firstUrl);
    const secondUrl = await personal.inputValue();
    expect((await anonymous.get(feedPath(firstUrl))).status()).toBe(404);
    expect((await anonymous.get(feedPath(secondUrl))).status()).toBe(200);

    await section.getByRole('button', { name: 'Ta bort kalenderadresserna' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Ta bort kalenderadresserna?' });
    await remove.getByRole('button', { name: 'Ta bort' }).click();
    await expect(section.getByRole('status')).toHaveText('Adresserna är borttagna.');
    await expect(section.getByRole('button', { name: 'Skapa adress' })).toBeFocused();
    expect((await anonymous.get(feedPath(secondUrl))).status()).toBe(404);
    await anonymous.dispose();

    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('region', { name: 'Calendar', exact: true }).getByRole('button', { name: 'Create address' })).toBeVisible();
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await context.close();
  });
});
