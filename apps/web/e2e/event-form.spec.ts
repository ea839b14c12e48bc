import { type CalendarDate, parseDateTime, toZoned, today } from '@internationalized/date';
import { type APIRequestContext, type Browser, type BrowserContextOptions, expect, type Locator, type Page, request, test } from '@playwright/test';
import { EventPageSchema, type Event, EventSchema, OutboxMailListSchema } from '@repo/contracts';
import { DEMO_ACCOUNTS } from '@repo/test-factories';
import { authFile, type DemoRole } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
const ZONE = 'Europe/Stockholm';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A day some weeks ahead in Sweden, so the event is open for registration. */
const dayAhead = (days: number): CalendarDate => today(ZONE).add({ days });

/** The digits typed into a date-time picker's segments (year, month, day, hour, minute in Swedish order). */
const typed = (day: CalendarDate, time: string) => `${day.toString().replaceAll('-', '')}${time.replace(':', '')}`;

/** The instant a Swedish wall-clock time stands for, as the API answers it. */
const instant = (day: CalendarDate, time: string) => toZoned(parseDateTime(`${day.toString()}T${time}`), ZONE).toAbsoluteString();

/** "torsdag 3 december 2026", the day as the event page names it. */
function longDay(day: CalendarDate): string {
  const date = toZoned(parseDateTime(`${day.toString()}T12:00`), ZONE).toDate();
  const weekday = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, weekday: 'long' }).format(date);
  return `${weekday} ${new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date)}`;
}

async function apiAs(role: DemoRole): Promise<APIRequestContext> {
  return request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile(role) });
}

/** A browser of its own, signed in as a demo account; `options` may put it in another time zone. */
async function signedInPage(browser: Browser, role: DemoRole, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role), ...options });
  return context.newPage();
}

/**
 * The axe scan, once React Aria's live announcer has let go of its last announcement: for a few
 * seconds it keeps one labelled by an element that has since gone (a day of the calendar, an
 * option of a list), which axe would count as an image without a name.
 */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0, { timeout: 15_000 });
  await expectNoAxeViolations(page);
}

/** Types a time into a date-time picker, segment by segment, as a keyboard user does. */
async function typeInto(form: Locator, label: string, digits: string): Promise<void> {
  await form.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
  await form.page().keyboard.type(digits);
}

async function chooseKind(page: Page, form: Locator, kind: string): Promise<void> {
  await form.getByRole('button', { name: /Typ av evenemang|Kind of event/ }).click();
  await page.getByRole('option', { name: kind }).click();
}

/** An event the demo member posts for their agency through the API, to edit and cancel in the browser. */
async function postAsMember(title: string, day: CalendarDate): Promise<Event> {
  const api = await apiAs('member');
  const response = await api.post('/api/events', {
    headers: UNSAFE,
    data: {
      title,
      kind: 'NETWORK_MEETING',
      when: { allDay: false, startsAt: instant(day, '09:00'), endsAt: instant(day, '12:00') },
      place: 'Stadshuset, Arvika',
      capacity: 20,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const event = EventSchema.parse(await response.json());
  await api.dispose();
  return event;
}

test.describe('posting an event', () => {
  test('a member in another time zone posts an event by keyboard, and it shows in Swedish time', async ({ browser }) => {
    test.slow();
    const title = `Tidiga tecken på radikalisering ${unique()}`;
    const day = dayAhead(40);
    // The browser is in New York: the pickers still take Swedish time.
    const page = await signedInPage(browser, 'member', { timezoneId: 'America/New_York' });
    await page.goto('/events/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nytt evenemang' })).toBeVisible();
    await expect(page).toHaveTitle('Nytt evenemang – Samverkan Värmland');
    const form = page.getByRole('form', { name: 'Nytt evenemang' });

    await form.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await chooseKind(page, form, 'Utbildning');
    await typeInto(form, 'Börjar', typed(day, '09:00'));
    await typeInto(form, 'Slutar', typed(day, '12:00'));
    await expect(form.getByRole('group', { name: 'Börjar', exact: true })).toContainText('09:00');
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Kommunhuset, Arvika');
    // A member posts for their own agency, with themselves as the contact person unless they choose another.
    await expect(form.getByRole('textbox', { name: 'Arrangerande organisation' })).toHaveValue('Socialtjänsten, Arvika kommun');
    await expect(form.getByRole('textbox', { name: 'Arrangerande organisation' })).toHaveAttribute('readonly', '');
    await expect(form.getByRole('combobox', { name: 'Kontaktperson' })).toHaveValue(DEMO_ACCOUNTS.member.name);
    await expect(form.getByRole('button', { name: /Kommuner/ })).toContainText('Hela länet');
    await form.getByRole('button', { name: /Sektorer/ }).click();
    await page.getByRole('option', { name: 'Skola' }).click();
    await page.getByRole('option', { name: 'Socialtjänst' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: 'Antal platser' }).fill('30');
    await form.getByRole('textbox', { name: 'Beskrivning' }).fill('Halvdag för **skolkuratorer** och fältsekreterare.');
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = form.getByRole('region', { name: 'Förhandsgranskning' });
    await expect(preview.locator('strong')).toHaveText('skolkuratorer');

    // The calendar of a picker opens in Swedish, Monday first.
    await form.getByRole('group', { name: 'Slutar', exact: true }).getByRole('button', { name: 'Öppna kalendern' }).click();
    const calendar = page.getByRole('dialog', { name: 'Kalender' });
    await expect(calendar.getByRole('gridcell', { selected: true })).toHaveAccessibleName(new RegExp(`^${longDay(day)}`));
    await expect(calendar.getByRole('row').nth(1).getByRole('gridcell').first()).toHaveAccessibleName(/^måndag/);
    await page.keyboard.press('Escape');
    await expect(calendar).toBeHidden();
    await expectAccessible(page);

    await form.getByRole('button', { name: 'Lägg upp' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: `${longDay(day)} kl. 09:00–12:00` })).toBeVisible();

    const id = page.url().split('/events/')[1] ?? '';
    const saved = EventSchema.parse(await (await page.request.get(`/api/events/${id}`)).json());
    expect(saved).toMatchObject({
      startsAt: instant(day, '09:00'),
      endsAt: instant(day, '12:00'),
      allDay: false,
      kind: 'TRAINING',
      place: 'Kommunhuset, Arvika',
      capacity: 30,
      targetSectors: ['SCHOOL', 'SOCIAL_SERVICES'],
      targetMunicipalities: [],
      contact: { name: DEMO_ACCOUNTS.member.name },
    });
    await page.context().close();
  });

  test('the form refuses an end before the start, a missing place and a personnummer, in Swedish and in English, and saves nothing', async ({ browser }) => {
    test.slow();
    const title = `Felaktigt evenemang ${unique()}`;
    const day = dayAhead(41);
    const page = await signedInPage(browser, 'member');
    let posted = 0;
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && new URL(sent.url()).pathname === '/api/events') posted += 1;
    });
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'Nytt evenemang' });
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await chooseKind(page, form, 'Nätverksträff');
    await typeInto(form, 'Börjar', typed(day, '13:00'));
    await typeInto(form, 'Slutar', typed(day, '10:00'));
    await form.getByRole('textbox', { name: 'Beskrivning' }).fill('Vi pratar om eleven med personnummer 121212-1212.');
    await form.getByRole('button', { name: 'Lägg upp' }).click();

    await expect(form.getByText(/^Beskrivningen får inte innehålla personnummer/)).toBeVisible();
    await expect(form.getByText('Evenemanget måste sluta efter att det börjar.')).toBeVisible();
    await expect(form.getByText('Ange en plats, en länk till onlinemötet eller båda.')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Beskrivning' })).toBeFocused();
    await expect(form.getByRole('textbox', { name: 'Beskrivning' })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    // A link that is not https is refused too; the message follows the language.
    await form.getByRole('textbox', { name: 'Länk till onlinemöte' }).fill('http://teams.example/mote');
    await page.getByRole('radio', { name: 'English' }).click();
    const english = page.getByRole('form', { name: 'New event' });
    await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
    await english.getByRole('button', { name: 'Post' }).click();
    await expect(english.getByText(/^The description must not contain a Swedish personal identity/)).toBeVisible();
    await expect(english.getByText('The event must end after it starts.')).toBeVisible();
    await expect(english.getByText(/^Write a full https address/)).toBeVisible();
    await expect(english.getByRole('group', { name: 'Starts', exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Svenska' }).click();

    expect(posted).toBe(0);
    const mine = EventPageSchema.parse(await (await page.request.get('/api/events?mine=true')).json());
    expect(mine.items.map((event) => event.title)).not.toContain(title);
    await page.context().close();
  });
});

test.describe('posting for another agency', () => {
  test('a coordinator posts a two-day online conference for another agency, for invited agencies only', async ({ browser }) => {
    test.slow();
    const title = `Regional konferens ${unique()}`;
    const first = dayAhead(50);
    const last = first.add({ days: 1 });
    const page = await signedInPage(browser, 'coordinator');
    await page.goto('/events/new');
    const form = page.getByRole('form', { name: 'Nytt evenemang' });
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await chooseKind(page, form, 'Konferens');
    await typeInto(form, 'Börjar', typed(first, '09:00'));
    await typeInto(form, 'Slutar', typed(first, '16:00'));
    // Whole days keep the days typed; the last one is changed to the day after.
    // React Aria hides the native box: a keyboard user ticks it with Space, a pointer presses the label.
    await form.getByRole('checkbox', { name: 'Heldag' }).focus();
    await page.keyboard.press('Space');
    await expect(form.getByRole('checkbox', { name: 'Heldag' })).toBeChecked();
    await expect(form.getByRole('group', { name: 'Första dagen', exact: true })).toContainText(first.toString());
    await typeInto(form, 'Sista dagen', typed(last, '').slice(0, 8));
    await form.getByRole('textbox', { name: 'Länk till onlinemöte' }).fill('https://teams.example/konferens');

    const organiser = form.getByRole('combobox', { name: 'Arrangerande organisation' });
    await expect(organiser).toHaveValue('Länsstyrelsen Värmland');
    await organiser.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Brottsförebyggande');
    await page.getByRole('option', { name: 'Brottsförebyggande Centrum i Värmland' }).click();
    await form.getByText('Bara inbjudna organisationer').click();
    await expect(form.getByRole('radio', { name: 'Bara inbjudna organisationer' })).toBeChecked();
    await form.getByRole('button', { name: /Inbjudna organisationer/ }).click();
    await page.getByRole('option', { name: 'Socialtjänsten, Arvika kommun' }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Lägg upp' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = page.url().split('/events/')[1] ?? '';
    const saved = EventSchema.parse(await (await page.request.get(`/api/events/${id}`)).json());
    expect(saved).toMatchObject({
      allDay: true,
      startsAt: instant(first, '00:00'),
      endsAt: instant(last.add({ days: 1 }), '00:00'),
      place: null,
      onlineUrl: 'https://teams.example/konferens',
      organiserAgency: { name: 'Brottsförebyggande Centrum i Värmland' },
      visibility: 'INVITED_AGENCIES',
      invitedAgencies: [{ name: 'Socialtjänsten, Arvika kommun' }],
    });
    await page.context().close();
  });
});

test.describe('editing and cancelling an event', () => {
  test('the organiser moves the event, redoes the change after someone else saved, and cancels it through the dialog', async ({ browser }) => {
    test.slow();
    const title = `SSPF-träff ${unique()}`;
    const day = dayAhead(42);
    const event = await postAsMember(title, day);
    // Someone registers, so cancelling has someone to tell.
    const coordinator = await apiAs('coordinator');
    const registered = await coordinator.post(`/api/events/${event.id}/registration`, { headers: UNSAFE });
    expect(registered.status(), await registered.text()).toBe(201);

    const page = await signedInPage(browser, 'member');
    const patches: unknown[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patches.push(sent.postDataJSON());
    });
    await page.goto(`/events/${event.id}`);
    await page.getByRole('link', { name: 'Ändra evenemanget' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Ändra ${title}` })).toBeVisible();
    const form = page.getByRole('form', { name: 'Ändra evenemanget' });
    await expect(form.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(title);
    await typeInto(form, 'Börjar', typed(day, '13:00'));
    await typeInto(form, 'Slutar', typed(day, '15:30'));

    // Meanwhile a coordinator moves it to another room.
    const moved = await coordinator.patch(`/api/events/${event.id}`, { headers: UNSAFE, data: { version: event.version, place: 'Folkets hus, Arvika' } });
    expect(moved.status(), await moved.text()).toBe(200);

    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    const conflict = page.getByRole('region', { name: 'Någon annan har ändrat evenemanget under tiden' });
    await expect(conflict.getByRole('heading')).toBeFocused();
    await expect(conflict.getByRole('row', { name: /Börjar/ })).toContainText(`${day.toString()} 13:00${day.toString()} 09:00`);
    // The new room was not part of this edit: it is taken over, not shown as a clash.
    await expect(conflict.getByRole('row', { name: /Plats/ })).toHaveCount(0);
    await expect(form.getByRole('textbox', { name: 'Plats', exact: true })).toHaveValue('Folkets hus, Arvika');
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Spara mina värden ovanpå' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: `${longDay(day)} kl. 13:00–15:30` })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Folkets hus, Arvika' })).toBeVisible();
    // Only the time was sent, both times, with the version it was edited on.
    expect(patches).toEqual([
      { version: event.version, when: { allDay: false, startsAt: expect.stringMatching(/T13:00:00\+0[12]:00$/), endsAt: expect.stringMatching(/T15:30:00\+0[12]:00$/) } },
      { version: event.version + 1, when: { allDay: false, startsAt: expect.stringMatching(/T13:00:00\+0[12]:00$/), endsAt: expect.stringMatching(/T15:30:00\+0[12]:00$/) } },
    ]);

    await page.getByRole('button', { name: 'Ställ in evenemanget' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Ställa in ${title}?` });
    await expect(dialog).toContainText('Den som är anmäld eller står på väntelistan (1 person) får ett mejl om att evenemanget är inställt.');
    // The reason goes out by mail: no personnummer in it either.
    await dialog.getByRole('textbox', { name: 'Anledning (valfritt)' }).fill('Ring 121212-1212 om eleven.');
    await dialog.getByRole('button', { name: 'Ställ in', exact: true }).click();
    await expect(dialog.getByText('Anledningen får inte innehålla personnummer eller samordningsnummer.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Anledning (valfritt)' }).fill('Föreläsaren är sjuk.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ställ in', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Inställt', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ändra evenemanget' })).toHaveCount(0);

    const saved = EventSchema.parse(await (await page.request.get(`/api/events/${event.id}`)).json());
    expect(saved.cancelledAt).not.toBeNull();
    expect(saved.version).toBe(event.version + 3);
    const mails = OutboxMailListSchema.parse(await (await coordinator.get('/api/dev/mail')).json()).items;
    expect(mails.find((mail) => mail.to === DEMO_ACCOUNTS.coordinator.email && mail.text.includes('Föreläsaren är sjuk.'))).toBeDefined();
    await coordinator.dispose();
    await page.context().close();
  });

  test('someone who does not organise the event is not offered the form', async ({ browser }) => {
    // Posted by the coordinator for their own agency: the demo member neither posted it nor edits that agency.
    const api = await apiAs('coordinator');
    const day = dayAhead(43);
    const response = await api.post('/api/events', {
      headers: UNSAFE,
      data: { title: `Inte din träff ${unique()}`, kind: 'CONFERENCE', when: { allDay: true, startDate: day.toString(), endDate: day.toString() }, place: 'Karlstad' },
    });
    expect(response.status(), await response.text()).toBe(201);
    const event = EventSchema.parse(await response.json());
    await api.dispose();

    const page = await signedInPage(browser, 'member');
    await page.goto(`/events/${event.id}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen behörighet' })).toBeVisible();
    await expect(page.getByRole('form')).toHaveCount(0);
    await page.goto('/events/00000000-0000-4000-8000-000000000000/edit');
    await expect(page.getByRole('heading', { level: 1, name: 'Evenemanget finns inte' })).toBeVisible();
    await page.context().close();
  });
});
