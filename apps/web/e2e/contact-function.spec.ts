import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { AgencyFunctionSchema, AgencyNameListSchema, ContactSchema, type CreateContactInput, type CreateFunctionInput } from '@repo/contracts';
import { authFile, type DemoRole } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
// An agency no other browser test counts the people of; every test adds its own, uniquely named.
const AGENCY = 'Socialtjänsten, Hammarö kommun';

/** The demo coordinator's API session, for setting up what a test needs. */
async function coordinatorApi(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile('coordinator') });
}

async function agencyId(api: APIRequestContext): Promise<string> {
  const names = AgencyNameListSchema.parse(await (await api.get('/api/agencies/names')).json()).items;
  const agency = names.find((item) => item.name === AGENCY);
  expect(agency, AGENCY).toBeDefined();
  return agency?.id ?? '';
}

async function createContact(api: APIRequestContext, input: CreateContactInput) {
  const response = await api.post('/api/contacts', { headers: UNSAFE, data: input });
  expect(response.status(), await response.text()).toBe(201);
  return ContactSchema.parse(await response.json());
}

async function createSeat(api: APIRequestContext, input: CreateFunctionInput, holderId: string | null, deputyId: string | null) {
  const created = await api.post('/api/functions', { headers: UNSAFE, data: input });
  expect(created.status(), await created.text()).toBe(201);
  const seat = AgencyFunctionSchema.parse(await created.json());
  const handedOver = await api.post(`/api/functions/${seat.id}/handover`, { headers: UNSAFE, data: { version: seat.version, holderId, deputyId } });
  expect(handedOver.status(), await handedOver.text()).toBe(200);
  return AgencyFunctionSchema.parse(await handedOver.json());
}

/**
 * The axe scan, once React Aria's live announcer has let go of its last announcement: for a few
 * seconds it keeps one labelled by an element (an option of a list, a date) that has since gone,
 * which axe would count as an image without a name.
 */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0, { timeout: 15_000 });
  await expectNoAxeViolations(page);
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A browser of its own, signed in as a demo account (contexts made in a test do not inherit one). */
async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

test.describe('a contact and a function', () => {
  test('a member opens a contact from the agency page and can mail or call them', async ({ browser }) => {
    const api = await coordinatorApi();
    const name = `Saga Kontaktsson ${unique()}`;
    await createContact(api, {
      agencyId: await agencyId(api),
      name,
      title: 'Socialsekreterare',
      email: 'saga.kontaktsson@hammaro.example',
      phone: '070-174 06 21',
      languages: ['sv', 'ar'],
      municipalityCodes: ['1761'],
      competenceSlugs: ['orosanmalan'],
      askMeAbout: 'Orosanmälningar som rör barn och unga.',
    });
    await api.dispose();

    const page = await signedInPage(browser, 'member');
    await page.goto('/agencies?q=Socialtj%C3%A4nsten%20Hammar%C3%B6');
    await page.getByRole('link', { name: AGENCY }).click();
    await page.getByRole('region', { name: 'Kontaktpersoner' }).getByRole('link', { name }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page).toHaveTitle(`${name} – Samverkan Värmland`);
    await expect(page.getByRole('link', { name: 'saga.kontaktsson@hammaro.example' })).toHaveAttribute('href', 'mailto:saga.kontaktsson@hammaro.example');
    await expect(page.getByRole('link', { name: '070-174 06 21' })).toHaveAttribute('href', 'tel:0701740621');
    await expect(page.getByRole('definition').filter({ hasText: 'svenska, arabiska' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Orosanmälningar som rör barn och unga.' })).toBeVisible();
    await expect(page.getByText(/Uppgifterna bekräftades \d+ \p{L}+ \d{4} av Cecilia Samordnare \(demo\)\./u)).toBeVisible();
    // A member of another agency reads, but neither edits nor confirms.
    await expect(page.getByRole('button', { name: 'Ändra uppgifterna' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Uppgifterna stämmer' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Historik' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('term').filter({ hasText: 'Ask me about' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Swedish, Arabic' })).toBeVisible();
    await page.getByRole('radio', { name: 'Svenska' }).check();

    await page.getByRole('link', { name: `Till ${AGENCY}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: AGENCY })).toBeVisible();
    await page.context().close();
  });

  test('an editor adds and edits a contact, marks them away, and the function page shows their deputy first', async ({ browser }) => {
    test.slow();
    const suffix = unique();
    const name = `Hilda Innehavare ${suffix}`;
    const page = await signedInPage(browser, 'coordinator');
    await page.goto('/agencies?q=Socialtj%C3%A4nsten%20Hammar%C3%B6');
    await page.getByRole('link', { name: AGENCY }).click();

    await page.getByRole('button', { name: 'Ny kontakt' }).click();
    const create = page.getByRole('dialog', { name: `Ny kontakt på ${AGENCY}` });
    await create.getByRole('button', { name: 'Lägg till' }).click();
    await expect(create.getByText('Fyll i fältet.')).toBeVisible();
    await create.getByRole('textbox', { name: 'Namn' }).fill(name);
    await create.getByRole('textbox', { name: 'E-post (arbete)' }).fill('hilda@hammaro.example');
    await create.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const contactUrl = page.url();

    // Her seat, with a deputy, set up through the API.
    const api = await coordinatorApi();
    const holderId = contactUrl.split('/contacts/')[1] ?? '';
    const deputy = await createContact(api, { agencyId: await agencyId(api), name: `Doris Ersättare ${suffix}` });
    const seat = await createSeat(api, { agencyId: await agencyId(api), name: `Fältsekreterare ${suffix}, Hammarö`, kind: 'SOCIAL_WORKER' }, holderId, deputy.id);
    await api.dispose();
    await page.reload();

    await page.getByRole('button', { name: 'Ändra uppgifterna' }).click();
    const form = page.getByRole('form', { name: 'Ändra uppgifterna' });
    await expect(form.getByRole('textbox', { name: 'Namn' })).toBeFocused();
    await form.getByRole('textbox', { name: 'Namn' }).fill('');
    await form.getByRole('textbox', { name: 'E-post (arbete)' }).fill('hilda på hammarö');
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(form.getByText('Fyll i fältet.')).toBeVisible();
    await expect(form.getByText('Skriv en e-postadress, till exempel namn@kommun.se.')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Namn' })).toBeFocused();

    await form.getByRole('textbox', { name: 'Namn' }).fill(name);
    await form.getByRole('textbox', { name: 'E-post (arbete)' }).fill('hilda.innehavare@hammaro.example');
    await form.getByRole('textbox', { name: 'Titel' }).fill('Fältsekreterare');
    await form.getByRole('button', { name: /Kompetenser/ }).click();
    await page.getByRole('option', { name: 'Anhörigstöd' }).click();
    await page.getByRole('option', { name: 'Samtalsstöd' }).click();
    await page.keyboard.press('Escape');
    await expect(form.getByRole('button', { name: /Kompetenser/ })).toContainText('Anhörigstöd och Samtalsstöd');
    await form.getByRole('button', { name: /Språk/ }).click();
    await page.getByRole('option', { name: 'somaliska' }).click();
    await page.keyboard.press('Escape');
    // "Away until": typed in the date segments, year first in Swedish.
    await form.getByRole('group', { name: 'Frånvarande till och med' }).getByRole('spinbutton').first().click();
    await page.keyboard.type('20991231');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Spara' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ändra uppgifterna' })).toBeFocused();
    await expect(page.getByRole('definition').filter({ hasText: 'Anhörigstöd, Samtalsstöd' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^somaliska$/ })).toBeVisible();
    const away = page.getByRole('region', { name: 'Frånvarande till och med 31 december 2099' });
    await expect(away).toContainText(`Doris Ersättare ${suffix}, ersättare för Fältsekreterare ${suffix}, Hammarö`);
    await expect(page.getByRole('region', { name: 'Funktioner' })).toContainText('Innehavare, Socialtjänsten, Hammarö kommun');
    const history = page.getByRole('region', { name: 'Historik' });
    await expect(history).toContainText('Kontakt ändrad av Cecilia Samordnare (demo)');
    await expectAccessible(page);

    await away.getByRole('link', { name: `Fältsekreterare ${suffix}, Hammarö` }).click();
    await expect(page.getByRole('heading', { level: 1, name: seat.name })).toBeVisible();
    const people = page.getByRole('region', { name: 'Vem du vänder dig till' }).getByRole('listitem');
    await expect(people.first()).toContainText(`Ersättare – tjänstgör medan innehavaren är borta`);
    await expect(people.first()).toContainText(`Doris Ersättare ${suffix}`);
    await expect(people.nth(1)).toContainText(`Innehavare${name}Frånvarande till och med 31 december 2099`);
    await expect(page.getByRole('definition').filter({ hasText: 'Socialsekreterare och fältsekreterare' })).toBeVisible();
    await expectAccessible(page);
    await page.context().close();
  });

  test('a coordinator hands a function over and sees it in its history', async ({ browser }) => {
    test.slow();
    const suffix = unique();
    const api = await coordinatorApi();
    const agency = await agencyId(api);
    const leaving = await createContact(api, { agencyId: agency, name: `Lisa Lämnar ${suffix}` });
    await createContact(api, { agencyId: agency, name: `Nora Nyinnehavare ${suffix}` });
    const seat = await createSeat(api, { agencyId: agency, name: `SSPF-samordnare ${suffix}, Hammarö`, kind: 'SSP_COORDINATOR' }, leaving.id, null);
    await api.dispose();

    const page = await signedInPage(browser, 'coordinator');
    await page.goto(`/functions/${seat.id}`);
    await expect(page.getByRole('heading', { level: 1, name: seat.name })).toBeVisible();
    await page.getByRole('button', { name: 'Lämna över' }).click();
    const dialog = page.getByRole('dialog', { name: `Lämna över ${seat.name}` });
    const holder = dialog.getByRole('combobox', { name: 'Ny innehavare' });
    await expect(holder).toHaveValue(`Lisa Lämnar ${suffix}`);
    await holder.fill(`Nyinnehavare ${suffix}`);
    await page.getByRole('option', { name: new RegExp(`Nora Nyinnehavare ${suffix}`) }).click();
    await expect(holder).toHaveValue(`Nora Nyinnehavare ${suffix}`);
    // The one who leaves stays on as deputy for now.
    await dialog.getByRole('combobox', { name: 'Ersättare' }).fill(`Lämnar ${suffix}`);
    await page.getByRole('option', { name: new RegExp(`Lisa Lämnar ${suffix}`) }).click();
    await dialog.getByRole('textbox', { name: 'Anteckning' }).fill('Lisa går över till elevhälsan.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Lämna över' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Funktionen är överlämnad.' })).toBeVisible();
    const people = page.getByRole('region', { name: 'Vem du vänder dig till' }).getByRole('listitem');
    await expect(people.first()).toContainText(`Innehavare${`Nora Nyinnehavare ${suffix}`}`);
    await expect(people.nth(1)).toContainText(`Ersättare${`Lisa Lämnar ${suffix}`}`);
    const handovers = page.getByRole('region', { name: 'Överlämningar' }).getByRole('listitem');
    await expect(handovers.first()).toContainText(`Innehavare: Lisa Lämnar ${suffix} → Nora Nyinnehavare ${suffix}`);
    await expect(handovers.first()).toContainText(`Ersättare: ingen → Lisa Lämnar ${suffix}`);
    await expect(handovers.first()).toContainText('Anteckning: Lisa går över till elevhälsan.');
    await expect(handovers.first()).toContainText('av Cecilia Samordnare (demo)');
    await expect(page.getByRole('region', { name: 'Historik' })).toContainText('Funktion överlämnad av Cecilia Samordnare (demo)');
    await expectAccessible(page);
    await page.context().close();
  });

  test('an edit refused because someone else saved first is redone on top, without undoing their change', async ({ browser }) => {
    test.slow();
    const suffix = unique();
    const api = await coordinatorApi();
    const contact = await createContact(api, { agencyId: await agencyId(api), name: `Klara Krock ${suffix}`, title: 'Kurator', phone: '070-174 06 30' });
    await api.dispose();

    const mine = await signedInPage(browser, 'coordinator');
    const theirs = await signedInPage(browser, 'admin');
    for (const page of [mine, theirs]) {
      await page.goto(`/contacts/${contact.id}`);
      await page.getByRole('button', { name: 'Ändra uppgifterna' }).click();
    }
    await mine.getByRole('textbox', { name: 'Titel' }).fill('Skolkurator');

    await theirs.getByRole('textbox', { name: 'Titel' }).fill('Familjebehandlare');
    await theirs.getByRole('textbox', { name: 'Telefon (arbete)' }).fill('070-174 06 31');
    await theirs.getByRole('button', { name: 'Spara' }).click();
    await expect(theirs.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();

    await mine.getByRole('button', { name: 'Spara' }).click();
    const conflict = mine.getByRole('region', { name: 'Någon annan har sparat ändringar i kontakten under tiden' });
    await expect(conflict.getByRole('heading')).toBeFocused();
    await expect(conflict.getByRole('row', { name: /Titel/ })).toContainText('SkolkuratorFamiljebehandlare');
    // Their new phone number was not part of this edit: it is taken over, not shown as a clash.
    await expect(conflict.getByRole('row', { name: /Telefon/ })).toHaveCount(0);
    await expect(mine.getByRole('textbox', { name: 'Telefon (arbete)' })).toHaveValue('070-174 06 31');
    await expectAccessible(mine);
    await conflict.getByRole('button', { name: 'Spara mina värden ovanpå' }).click();

    await expect(mine.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' })).toBeVisible();
    await expect(mine.getByRole('definition').filter({ hasText: /^Skolkurator$/ })).toBeVisible();
    await expect(mine.getByRole('link', { name: '070-174 06 31' })).toBeVisible();
    await theirs.reload();
    await expect(theirs.getByRole('definition').filter({ hasText: /^Skolkurator$/ })).toBeVisible();
    await mine.context().close();
    await theirs.context().close();
  });

  test('an unknown or malformed address says the contact or function does not exist', async ({ browser }) => {
    const page = await signedInPage(browser, 'member');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'inte-ett-id']) {
      await page.goto(`/contacts/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Kontakten finns inte' })).toBeVisible();
      await page.goto(`/functions/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Funktionen finns inte' })).toBeVisible();
    }
    await page.context().close();
  });
});
