import { expect, type Locator, type Page, test } from '@playwright/test';
import { type EventSummary, EventPageSchema } from '@repo/contracts';
import { isoWeek } from '../src/lib/dates';
import { authFile } from './auth';
import { expectNoAxeViolations } from './axe';

// The demo data holds about thirty events from two months back to four months ahead of the day it
// was seeded (prisma/seed/demo-events.ts), so the tests find their way from today and from the
// events' own dates rather than from fixed ones.
const ZONE = 'Europe/Stockholm';
const DAY = 86_400_000;

/** Full (12 places), for the demo member's sector and municipality; the member has a seat. */
const SCHOOL_TRAINING = 'Tidiga tecken på radikalisering – fördjupning för skolan';
/** Full; the demo member is second in the waitlist. */
const FULL_WITH_WAITLIST = 'Samtalsmetodik: att möta oro hos unga';
/** Cancelled; the demo member had a seat. */
const CANCELLED = 'Studiebesök hos Exit Fryshuset';
/** For everyone; the demo member has not registered. */
const NOT_MINE = 'Introduktion för nya i nätverket';

const monthLabel = (date: Date, locale = 'sv-SE') => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: ZONE }).format(date);
const longDay = (date: Date, locale = 'sv-SE') => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }).format(date);
/** "2026-11-24", the day in Sweden. */
const swedishDay = (date: Date) => new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE }).format(date);

function monthsFromNow(months: number): Date {
  const [year, month] = swedishDay(new Date()).split('-').map(Number) as [number, number];
  // Noon UTC on the 15th lies in the same month in Sweden, whatever the offset.
  return new Date(Date.UTC(year, month - 1 + months, 15, 12));
}

const firstOfMonth = (date: Date) => `${swedishDay(date).slice(0, 7)}-01`;

/** A demo event as the API lists it to the signed-in user. */
async function demoEvent(page: Page, title: string): Promise<EventSummary> {
  const response = await page.request.get('/api/events', { params: { from: new Date(Date.now() - 90 * DAY).toISOString(), pageSize: 500 } });
  expect(response.status()).toBe(200);
  const matches = EventPageSchema.parse(await response.json()).items.filter((event) => event.title === title);
  expect(matches, title).toHaveLength(1);
  return matches[0] as EventSummary;
}

/** The list item of an event's link, with its time, kind, place, places and the user's own state. */
function eventItem(scope: Page | Locator, title: string): Locator {
  const page = 'goto' in scope ? scope : scope.page();
  // The innermost item: in the week and list views, a day's item holds its events' items.
  return scope.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) }).last();
}

/** The scan, once React Aria's live announcer has let go of its last announcement (it briefly keeps an unnamed one). */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0, { timeout: 15_000 });
  await expectNoAxeViolations(page);
}

test.describe('the events calendar, as the demo member', () => {
  test.use({ storageState: authFile('member') });

  test('opens on this month: Monday first, ISO week numbers on every row, today marked, no violations', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Evenemang' }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page).toHaveTitle('Evenemang – Samverkan Värmland');
    await expect(page.getByRole('heading', { level: 1, name: 'Evenemang i nätverket' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Månad', exact: true })).toHaveAttribute('aria-current', 'true');
    // Members may post events; the form is a page of its own.
    await expect(page.getByRole('link', { name: 'Nytt evenemang' })).toHaveAttribute('href', '/events/new');

    const now = new Date();
    await expect(page.getByRole('heading', { level: 2, name: monthLabel(now) })).toBeVisible();
    const grid = page.getByRole('table', { name: monthLabel(now) });
    await expect(grid.getByRole('columnheader')).toHaveText(['Vecka', ...['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'].map((day) => new RegExp(`^${day}`))]);
    await expect(grid.getByRole('columnheader', { name: 'måndag' })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: `vecka ${isoWeek(now)}` })).toContainText(`v. ${isoWeek(now)}`);
    const rows = await grid.getByRole('rowheader').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row).toMatch(/^v\. \d{1,2}vecka \d{1,2}$/);

    const today = grid.locator('td[aria-current="date"]');
    await expect(today).toHaveCount(1);
    await expect(today).toContainText('Idag');
    await expect(page.getByRole('status').filter({ hasText: 'evenemang' })).toHaveText(new RegExp(`^${monthLabel(now)}: (\\d+ evenemang|Inga evenemang den här månaden\\.)$`));
    await expectAccessible(page);
  });

  test('shows an event on its day: time, link, kind, place, places taken, full, and my seat, in the row of its week', async ({ page }) => {
    const event = await demoEvent(page, SCHOOL_TRAINING);
    await page.goto(`/events?date=${swedishDay(new Date(event.startsAt))}`);
    const grid = page.getByRole('table', { name: monthLabel(new Date(event.startsAt)) });
    const link = grid.getByRole('link', { name: SCHOOL_TRAINING });
    await expect(link).toHaveAttribute('href', `/events/${event.id}`);
    const item = eventItem(grid, SCHOOL_TRAINING);
    await expect(item.locator('time')).toHaveText('13:00–16:00');
    await expect(item).toContainText('Utbildning · Solbergagymnasiet, aulan, Arvika (exempeladress)');
    await expect(item).toContainText('12 / 12');
    await expect(item).toContainText('Fullt – väntelista');
    await expect(item).toContainText('Du är anmäld');
    const row = grid.getByRole('row').filter({ has: page.getByRole('link', { name: SCHOOL_TRAINING, exact: true }) });
    await expect(row.getByRole('rowheader')).toHaveText(new RegExp(`^v\\. ${isoWeek(event.startsAt)}`));
    await expectAccessible(page);
  });

  test('steps through the months with the keyboard alone, into the past, and the back button retraces', async ({ page }) => {
    await page.goto('/events');
    const next = page.getByRole('link', { name: 'Nästa månad' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/events\\?date=${firstOfMonth(monthsFromNow(1))}$`));
    await expect(page.getByRole('heading', { level: 2, name: monthLabel(monthsFromNow(1)) })).toBeVisible();
    // Focus stays on the control, so the next press goes on from there.
    await expect(next).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Idag' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Föregående månad' })).toBeFocused();
    for (const months of [0, -1]) {
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: monthLabel(monthsFromNow(months)) })).toBeVisible();
    }
    await expect(page).toHaveURL(new RegExp(`date=${firstOfMonth(monthsFromNow(-1))}$`));
    // Past events stay in the calendar, as links to their pages.
    await expect(page.getByRole('table').getByRole('link', { name: /./ }).first()).toHaveAttribute('href', /^\/events\/[\da-f-]{36}$/);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: monthLabel(monthsFromNow(0)) })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: monthLabel(monthsFromNow(1)) })).toBeVisible();
    await page.getByRole('link', { name: 'Idag' }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole('heading', { level: 2, name: monthLabel(new Date()) })).toBeVisible();
  });

  test('the week view: Monday to Sunday under "v. NN", 24-hour times, every event a Tab away', async ({ page }) => {
    const event = await demoEvent(page, SCHOOL_TRAINING);
    const day = swedishDay(new Date(event.startsAt));
    await page.goto(`/events?date=${day}`);
    await page.getByRole('link', { name: 'Vecka', exact: true }).click();
    await expect(page).toHaveURL(`/events?date=${day}&view=week`);
    await expect(page.getByRole('link', { name: 'Vecka', exact: true })).toHaveAttribute('aria-current', 'true');
    const week = isoWeek(event.startsAt);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^v\\. ${week}, \\d{1,2}`));

    const days = page.getByRole('heading', { level: 3 });
    await expect(days).toHaveCount(7);
    await expect(days.first()).toHaveText(/^måndag \d{1,2} \p{L}+/u);
    await expect(days.last()).toHaveText(/^söndag \d{1,2} \p{L}+/u);
    await expect(eventItem(page, SCHOOL_TRAINING).locator('time')).toHaveText('13:00–16:00');
    for (const time of await page.locator('.week-days time').allTextContents()) {
      expect(time).toMatch(/^(\d{2}:\d{2}(–\d{2}:\d{2})?|Heldag|Hela dagen|från \d{2}:\d{2}|till \d{2}:\d{2})$/);
    }

    // From the period buttons, the next Tab reaches the week's first event, and Enter opens it.
    await page.getByRole('link', { name: 'Nästa vecka' }).focus();
    await page.keyboard.press('Tab');
    const firstEvent = page.locator('.week-days').getByRole('link').first();
    await expect(firstEvent).toBeFocused();
    const href = await firstEvent.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href ?? '');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^v\\. ${week}, `));
    await expectAccessible(page);
  });

  test('the list view: a heading per day with its week, from the chosen day on, and "show more"', async ({ page }) => {
    const start = new Date(Date.now() - 62 * DAY);
    await page.goto(`/events?date=${swedishDay(start)}`);
    await page.getByRole('link', { name: 'Lista', exact: true }).click();
    await expect(page).toHaveURL(`/events?date=${swedishDay(start)}&view=agenda`);
    await expect(page.getByRole('heading', { level: 2, name: `Från och med ${longDay(start)}` })).toBeVisible();

    const days = page.getByRole('heading', { level: 3 });
    await expect(days.first()).toHaveText(/^\p{L}+dag \d{1,2} \p{L}+ \d{4}v\. \d{1,2}, vecka \d{1,2}/u);
    // Two months of the past and more ahead are more than one page of the list.
    const shown = await page.locator('.agenda a').count();
    expect(shown).toBeGreaterThan(5);
    const more = page.getByRole('button', { name: 'Visa fler' });
    await more.click();
    await expect.poll(() => page.locator('.agenda a').count()).toBeGreaterThan(shown);
    // Focus goes to the first event that came with the new page.
    await expect(page.locator('.agenda a').nth(shown)).toBeFocused();
    await expect(eventItem(page, SCHOOL_TRAINING)).toBeVisible();
    await expectAccessible(page);
  });

  test('"Mina evenemang" keeps what I registered for, wait for or organise; the filter is in the URL and Back undoes it', async ({ page }) => {
    await page.goto('/events?view=agenda');
    await expect(eventItem(page, NOT_MINE)).toBeVisible();
    const mine = page.getByRole('checkbox', { name: 'Mina evenemang' });
    await mine.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL('/events?view=agenda&mine=true');
    await expect(page.getByRole('link', { name: NOT_MINE })).toHaveCount(0);
    await expect(eventItem(page, SCHOOL_TRAINING)).toContainText('Du är anmäld');

    const waiting = eventItem(page, FULL_WITH_WAITLIST);
    await expect(waiting).toContainText('16 / 16');
    await expect(waiting).toContainText('Fullt – väntelista');
    await expect(waiting).toContainText('Du står på väntelistan (plats 2)');
    await expectAccessible(page);

    await page.goBack();
    await expect(page).toHaveURL('/events?view=agenda');
    await expect(mine).not.toBeChecked();
    await expect(eventItem(page, NOT_MINE)).toBeVisible();

    // "Min organisation": the network meetings the member's own social services hold.
    await page.getByText('Min organisation', { exact: true }).click();
    await expect(page).toHaveURL('/events?view=agenda&myAgency=true');
    await expect(page.getByRole('link', { name: 'SSPF-nätverksträff, västra Värmland' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: SCHOOL_TRAINING })).toHaveCount(0);
  });

  test('a cancelled event is struck through and says "Inställt" in words', async ({ page }) => {
    const event = await demoEvent(page, CANCELLED);
    await page.goto(`/events?date=${swedishDay(new Date(event.startsAt))}`);
    const link = page.getByRole('table').getByRole('link', { name: `${CANCELLED} Inställt` });
    await expect(link).toBeVisible();
    await expect(link.locator('s')).toHaveText(CANCELLED);

    await page.getByRole('link', { name: 'Lista', exact: true }).click();
    await expect(page.getByRole('link', { name: `${CANCELLED} Inställt` })).toBeVisible();
    await expectAccessible(page);
  });

  test('the start page lists the next five events for me, with a way to the calendar', async ({ page }) => {
    await page.goto('/');
    const upcoming = page.getByRole('region', { name: 'Kommande evenemang' });
    await expect(upcoming.getByRole('listitem')).toHaveCount(5);
    await expect(eventItem(upcoming, SCHOOL_TRAINING)).toContainText(/\p{L}+dag \d{1,2} \p{L}+ \d{4} kl\. 13:00–16:00/u);
    await expect(eventItem(upcoming, SCHOOL_TRAINING)).toContainText('Du är anmäld');
    await expectAccessible(page);

    await upcoming.getByRole('link', { name: 'Alla evenemang i kalendern' }).click();
    await expect(page).toHaveURL('/events?view=agenda');
    await expect(page.getByRole('heading', { level: 2, name: `Från och med ${longDay(new Date())}` })).toBeVisible();
  });

  test('reads in English, with the same 24-hour Swedish times and week numbers', async ({ page }) => {
    const event = await demoEvent(page, SCHOOL_TRAINING);
    const day = swedishDay(new Date(event.startsAt));
    await page.goto(`/events?date=${day}&view=week`);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Events in the network' })).toBeVisible();
    await expect(page).toHaveTitle('Events – Samverkan Värmland');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^Week ${isoWeek(event.startsAt)}, `));
    await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(/^Monday/);
    const item = eventItem(page, SCHOOL_TRAINING);
    await expect(item.locator('time')).toHaveText('13:00–16:00');
    await expect(item).toContainText('Training · ');
    await expect(item).toContainText('Full – waitlist');
    await expect(item).toContainText('You are registered');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Month', exact: true }).click();
    const grid = page.getByRole('table', { name: monthLabel(new Date(event.startsAt), 'en-GB') });
    await expect(grid.getByRole('columnheader', { name: 'Monday' })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: `week ${isoWeek(event.startsAt)}` })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'My events' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('the events calendar seen from another time zone', () => {
  test.use({ storageState: authFile('member'), timezoneId: 'America/New_York' });

  test('shows Swedish time and Swedish days whatever the computer is set to', async ({ page }) => {
    const event = await demoEvent(page, SCHOOL_TRAINING);
    const day = swedishDay(new Date(event.startsAt));
    await page.goto(`/events?date=${day}&view=week`);
    const item = eventItem(page, SCHOOL_TRAINING);
    await expect(item.locator('time')).toHaveText('13:00–16:00');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^v\\. ${isoWeek(event.startsAt)}, `));
  });
});
