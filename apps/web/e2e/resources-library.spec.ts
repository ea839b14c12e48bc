import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { type CreateResourceInput, type Resource, ResourceSchema } from '@repo/contracts';
import { DEMO_ACCOUNTS, samplePdf, sampleTxt } from '@repo/test-factories';
import { authFile, type DemoRole } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
const COORDINATOR_AGENCY = 'Länsstyrelsen Värmland';
const UPLOADER = DEMO_ACCOUNTS.coordinator.name;

/**
 * A word of its own for each test, so its search finds only the resources it shared whatever else
 * the demo data and the tests running beside it hold. Consonants only: no Swedish ending for the
 * stemmer to cut.
 */
function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'Kv';
  for (let i = 0; i < 8; i += 1) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

async function apiAs(role: DemoRole): Promise<APIRequestContext> {
  return request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile(role) });
}

/** A resource shared through the API by the demo coordinator (for Länsstyrelsen Värmland). */
async function share(input: Partial<CreateResourceInput> & { title: string }): Promise<Resource> {
  const api = await apiAs('coordinator');
  const response = await api.post('/api/resources', {
    headers: UNSAFE,
    data: { kind: 'METHOD_GUIDE', summary: 'Ett exempel för testerna.', linkUrl: 'https://example.se/resurs', status: 'PUBLISHED', ...input },
  });
  expect(response.status(), await response.text()).toBe(201);
  const resource = ResourceSchema.parse(await response.json());
  await api.dispose();
  return resource;
}

async function upload(resourceId: string, name: string, buffer: Buffer, mimeType: string, replaces?: string): Promise<Resource> {
  const api = await apiAs('coordinator');
  const response = await api.post(`/api/resources/${resourceId}/files`, {
    headers: UNSAFE,
    multipart: { file: { name, mimeType, buffer }, ...(replaces ? { replaces } : {}) },
  });
  expect(response.status(), await response.text()).toBe(201);
  const resource = ResourceSchema.parse(await response.json());
  await api.dispose();
  return resource;
}

async function publish(resource: Resource): Promise<Resource> {
  const api = await apiAs('coordinator');
  const response = await api.patch(`/api/resources/${resource.id}`, { headers: UNSAFE, data: { version: resource.version, status: 'PUBLISHED' } });
  expect(response.status(), await response.text()).toBe(200);
  const published = ResourceSchema.parse(await response.json());
  await api.dispose();
  return published;
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

const results = (page: Page) => page.getByRole('region', { name: 'Resurser' });
const count = (page: Page) => results(page).getByRole('status');

async function choose(page: Page, filter: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: filter }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test.describe('the knowledge bank, as a member', () => {
  test.use({ storageState: authFile('member') });

  test('searches and filters the library, keeping the choices in the URL', async ({ page }) => {
    const word = uniqueWord();
    const plan = await share({
      title: `Lokal handlingsplan ${word} Kil (exempel)`,
      kind: 'ACTION_PLAN',
      municipalityCodes: ['1715'],
      language: 'sv',
      summary: 'Hur kommunen förebygger våldsbejakande extremism, steg för steg. '.repeat(12),
    });
    const picture = await share({ title: `Lägesbild ${word} Arvika`, kind: 'SITUATION_PICTURE', municipalityCodes: ['1784'], language: 'en' });
    const draft = await share({ title: `Metodstöd ${word} under arbete`, status: 'DRAFT', linkUrl: null });

    await page.goto('/resources');
    await expect(page.getByRole('heading', { level: 1, name: 'Kunskapsbanken' })).toBeVisible();
    await expect(page).toHaveTitle('Kunskapsbank – Samverkan Värmland');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Kunskapsbank' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: 'Dela en resurs' })).toHaveAttribute('href', '/resources/new');

    await page.getByRole('searchbox', { name: 'Sök' }).fill(word.toLowerCase());
    await expect(page).toHaveURL(new RegExp(`[?&]q=${word.toLowerCase()}`));
    await expect(count(page)).toHaveText('2 resurser');
    await expect(results(page).getByRole('link', { name: plan.title })).toHaveAttribute('href', `/resources/${plan.id}`);
    await expect(results(page).getByRole('link', { name: picture.title })).toBeVisible();
    // Another agency's draft is not in the library.
    await expect(results(page).getByRole('link', { name: draft.title })).toHaveCount(0);

    const card = results(page).getByRole('article').filter({ hasText: plan.title });
    await expect(card).toContainText('Handlingsplan');
    await expect(card).toContainText(COORDINATOR_AGENCY);
    await expect(card).toContainText('svenska');
    await expect(card).toContainText('Länk');
    await expect(card).toContainText(/Publicerad \d{1,2} \p{L}+ \d{4}/u);
    await expect(card).not.toContainText('Utkast');
    // The long summary is cut to a few lines in the list.
    const summary = card.locator('.resource-card__summary');
    expect(await summary.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);

    // Newest first on request; the picture was shared after the plan.
    await choose(page, /Sortering/, 'Nyast först');
    await expect(page).toHaveURL(/[?&]sort=newest/);
    await expect(results(page).getByRole('article').first()).toContainText(picture.title);

    await choose(page, /Typ av resurs/, 'Lägesbild');
    await expect(page).toHaveURL(/[?&]kind=SITUATION_PICTURE/);
    await expect(count(page)).toHaveText('1 resurs');
    await expect(results(page).getByRole('link', { name: picture.title })).toBeVisible();

    await page.reload();
    await expect(count(page)).toHaveText('1 resurs');
    await expect(page.getByRole('searchbox', { name: 'Sök' })).toHaveValue(word.toLowerCase());
    await expect(page.getByRole('button', { name: /Typ av resurs/ })).toContainText('Lägesbild');

    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await expect(page).toHaveURL(/\/resources$/);
    await expect(page.getByRole('searchbox', { name: 'Sök' })).toHaveValue('');

    // A municipality's resources are those for it and those for the whole county.
    await page.getByRole('searchbox', { name: 'Sök' }).fill(word);
    await expect(count(page)).toHaveText('2 resurser');
    await choose(page, /Kommun/, 'Kil');
    await expect(page).toHaveURL(/[?&]municipality=1715/);
    await expect(count(page)).toHaveText('1 resurs');
    await expect(results(page).getByRole('link', { name: plan.title })).toBeVisible();
    await choose(page, /Kommun/, 'Alla');
    await choose(page, /Språk/, 'engelska');
    await expect(page).toHaveURL(/[?&]language=en/);
    await expect(count(page)).toHaveText('1 resurs');
    await expect(results(page).getByRole('link', { name: picture.title })).toBeVisible();

    // Nothing matches: the count says so and the hint says what to try.
    await page.getByRole('searchbox', { name: 'Sök' }).fill(`${word} ${uniqueWord()}`);
    await expect(count(page)).toHaveText('0 resurser');
    await expect(results(page)).toContainText('Inga resurser matchar.');
    await expect(results(page)).toContainText('ta bort ett filter');
  });

  test('opens a resource with its files, their versions and downloads', async ({ page }) => {
    const word = uniqueWord();
    // Some pages of text, so that the sizes are written in kilobytes with a decimal.
    const pdf = (version: number) => samplePdf(Array.from({ length: 60 }, (_, line) => `Metodstöd ${word}, version ${version}, rad ${line + 1}`).join('\n'));
    const firstPdf = pdf(1);
    expect(firstPdf.length).toBeGreaterThan(1024);
    expect(firstPdf.length).toBeLessThan(10 * 1024);
    let resource = await share({
      title: `Metodstöd för orosanmälan ${word}`,
      kind: 'METHOD_GUIDE',
      status: 'DRAFT',
      linkUrl: 'https://example.se/orosanmalan',
      summary: 'Första stycket.\nAndra raden, <b>inte fet</b>.',
      sectors: ['SCHOOL', 'SOCIAL_SERVICES'],
      municipalityCodes: ['1784', '1715'],
    });
    resource = await upload(resource.id, 'metodstod.pdf', firstPdf, 'application/pdf');
    const fileId = resource.files[0]!.id;
    resource = await upload(resource.id, 'metodstod-rev.pdf', pdf(2), 'application/pdf', fileId);
    resource = await upload(resource.id, 'metodstod-slutlig.pdf', pdf(3), 'application/pdf', fileId);
    resource = await upload(resource.id, 'checklista.txt', sampleTxt('Checklista för orosanmälan'), 'text/plain');
    resource = await publish(resource);

    await page.goto(`/resources?q=${word}`);
    await results(page).getByRole('link', { name: resource.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: resource.title })).toBeVisible();
    await expect(page).toHaveTitle(`${resource.title} – Samverkan Värmland`);

    const facts = page.getByRole('definition');
    await expect(facts.filter({ hasText: 'Metodstöd' })).toBeVisible();
    await expect(facts.filter({ hasText: 'Skola, Socialtjänst' })).toBeVisible();
    await expect(facts.filter({ hasText: /^(Arvika, Kil|Kil, Arvika)$/ })).toBeVisible();
    await expect(facts.filter({ hasText: /^svenska$/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://example.se/orosanmalan' })).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('link', { name: COORDINATOR_AGENCY })).toHaveAttribute('href', `/agencies/${resource.ownerAgency.id}`);

    // The summary is plain text: its line break kept, its markup shown as written.
    const summary = page.getByRole('region', { name: 'Sammanfattning' });
    await expect(summary).toContainText('Andra raden, <b>inte fet</b>.');
    await expect(summary.locator('b')).toHaveCount(0);
    expect(await summary.locator('p').innerText()).toBe('Första stycket.\nAndra raden, <b>inte fet</b>.');

    // A member of another agency neither edits nor deletes it.
    await expect(page.getByRole('link', { name: 'Redigera' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ta bort' })).toHaveCount(0);

    const files = page.getByRole('region', { name: 'Filer' });
    const current = files.getByRole('listitem').filter({ hasText: 'metodstod-slutlig.pdf' });
    await expect(current).toContainText('metodstod-slutlig.pdf (version 3)');
    await expect(current).toContainText(new RegExp(`PDF, \\d,\\d\\skB · Uppladdad \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} av ${UPLOADER.replace(/[()]/g, '\\$&')}`));
    const download = files.getByRole('link', { name: 'Ladda ner metodstod-slutlig.pdf' });
    await expect(download).toHaveAttribute('href', `/api/resources/${resource.id}/files/${fileId}`);
    await expect(download).toHaveAttribute('download', '');
    await expect(files.getByRole('link', { name: 'Ladda ner checklista.txt' })).toBeVisible();
    await expect(files.getByText(/^TXT, \d+\sbyte/)).toBeVisible();

    // The earlier versions wait behind a disclosure, newest first, each with its own download.
    const earlier = files.getByText('Tidigare versioner (2)');
    const firstVersionLink = files.getByRole('link', { name: 'Ladda ner version 1 av metodstod.pdf' });
    await expect(firstVersionLink).toBeHidden();
    await earlier.click();
    await expect(files.getByRole('link', { name: 'Ladda ner version 2 av metodstod-rev.pdf' })).toBeVisible();
    await expect(firstVersionLink).toHaveAttribute('href', `/api/resources/${resource.id}/files/${fileId}/versions/1`);
    const [saved] = await Promise.all([page.waitForEvent('download'), firstVersionLink.click()]);
    expect(saved.suggestedFilename()).toBe('metodstod.pdf');
    expect((await readFile((await saved.path())!)).equals(firstPdf)).toBe(true);

    await expectAccessible(page);
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('region', { name: 'Files' }).getByText('Earlier versions (2)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download metodstod-slutlig.pdf' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^Swedish$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Files' })).toContainText(/PDF, \d\.\d\skB · Uploaded/);
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Svenska' }).check();
  });

  test("does not find another agency's draft or agency-only resource, even by its id", async ({ page }) => {
    const draft = await share({ title: `Utkast ${uniqueWord()}`, status: 'DRAFT' });
    const internal = await share({ title: `Intern lägesbild ${uniqueWord()}`, visibility: 'OWNER_AGENCY' });
    for (const resource of [draft, internal]) {
      await page.goto(`/resources/${resource.id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Resursen finns inte' })).toBeVisible();
      await expect(page).toHaveTitle('Resursen finns inte – Samverkan Värmland');
    }
    await page.goto('/resources/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Resursen finns inte' })).toBeVisible();
  });

  test('the directory search shows matching resources as a group of their own', async ({ page }) => {
    const word = uniqueWord();
    const shared = [];
    for (const kind of ['ACTION_PLAN', 'HELPLINE', 'TRAINING_MATERIAL', 'RESEARCH_REPORT', 'EXIT_PATHWAYS', 'RELATIVES_SUPPORT'] as const) {
      shared.push(await share({ title: `Resurs ${word} ${kind.toLowerCase()}`, kind }));
    }

    await page.goto(`/search?q=${word}`);
    const group = page.getByRole('region', { name: 'Resurser' });
    await expect(group.getByRole('link', { name: new RegExp(`^Resurs ${word}`) })).toHaveCount(5);
    const helpline = shared[1]!;
    await expect(group.getByRole('link', { name: helpline.title })).toHaveAttribute('href', `/resources/${helpline.id}`);
    await expect(group.getByRole('listitem').filter({ hasText: helpline.title })).toContainText(`Stödlinje · ${COORDINATOR_AGENCY} · svenska`);

    await group.getByRole('link', { name: 'Visa alla 6 i kunskapsbanken' }).click();
    await expect(page).toHaveURL(`/resources?q=${word}`);
    await expect(count(page)).toHaveText('6 resurser');

    // Without a match the group is not there.
    await page.goto(`/search?q=${uniqueWord()}`);
    await expect(page.getByRole('status').filter({ hasText: 'träffar' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Resurser' })).toHaveCount(0);
  });

  test('the library passes an accessibility scan in Swedish and English', async ({ page }) => {
    const word = uniqueWord();
    await share({ title: `Anhörigstöd ${word}`, kind: 'RELATIVES_SUPPORT' });
    await page.goto(`/resources?q=${word}`);
    await expect(count(page)).toHaveText('1 resurs');
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'The knowledge bank' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Resources' }).getByRole('status')).toHaveText('1 resource');
    await expect(page.getByRole('link', { name: 'Share a resource' })).toBeVisible();
    await expectAccessible(page);

    // The empty library, with its hint.
    await page.getByRole('searchbox', { name: 'Search' }).fill(uniqueWord());
    await expect(page.getByRole('region', { name: 'Resources' }).getByRole('status')).toHaveText('0 resources');
    await expect(page.getByText('No resources match.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Svenska' }).check();
  });
});

test.describe('the knowledge bank, as its owner agency', () => {
  test("lists the agency's drafts marked as such, and says who may see an agency-only resource", async ({ browser }) => {
    const word = uniqueWord();
    const draft = await share({ title: `Utkast till lägesbild ${word}`, kind: 'SITUATION_PICTURE', status: 'DRAFT', linkUrl: null });
    const internal = await share({ title: `Intern handlingsplan ${word}`, kind: 'ACTION_PLAN', visibility: 'OWNER_AGENCY' });
    const page = await signedInPage(browser, 'coordinator');

    await page.goto(`/resources?q=${word}`);
    await expect(count(page)).toHaveText('1 resurs');
    await page.getByRole('checkbox', { name: 'Bara min organisations resurser' }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]mine=true/);
    await expect(count(page)).toHaveText('2 resurser');
    await expect(results(page).getByRole('article').filter({ hasText: draft.title })).toContainText('Utkast');
    await expect(results(page).getByRole('article').filter({ hasText: draft.title })).toContainText(/Ändrad \d{1,2} \p{L}+ \d{4}/u);
    await expect(results(page).getByRole('article').filter({ hasText: internal.title })).not.toContainText('Utkast');
    await expectAccessible(page);

    await results(page).getByRole('link', { name: draft.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${draft.title} Utkast`);
    await expect(page).toHaveTitle(`Utkast: ${draft.title} – Samverkan Värmland`);
    await expect(page.getByText(`Utkastet är inte publicerat. Det syns bara för ${COORDINATOR_AGENCY}`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filer' })).toContainText('Resursen har inga filer.');
    await page.getByRole('link', { name: /Till kunskapsbanken/ }).click();
    await expect(page).toHaveURL(new RegExp(`/resources\\?q=${word}&mine=true$`));

    await page.goto(`/resources/${internal.id}`);
    await expect(page.getByText(`Bara för ${COORDINATOR_AGENCY}: resursen syns inte för resten av nätverket.`)).toBeVisible();
    await page.context().close();
  });

  test('an editor deletes a resource after confirming, and is back in the library', async ({ browser }) => {
    const resource = await share({ title: `Att ta bort ${uniqueWord()}` });
    const page = await signedInPage(browser, 'coordinator');
    await page.goto(`/resources/${resource.id}`);
    await expect(page.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/resources/${resource.id}/edit`);

    await page.getByRole('button', { name: 'Ta bort' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Ta bort ”${resource.title}”?` });
    await expect(confirm).toContainText('tas bort för gott');
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: resource.title })).toBeVisible();

    await page.getByRole('button', { name: 'Ta bort' }).click();
    await confirm.getByRole('button', { name: 'Ja, ta bort' }).click();
    await expect(page).toHaveURL(/\/resources$/);
    const notice = page.getByRole('status').filter({ hasText: 'är borttagen' });
    await expect(notice).toHaveText(`”${resource.title}” är borttagen.`);
    // The button pressed went with the resource's page: the notice has the focus.
    await expect(notice).toBeFocused();
    // Said once: a reload does not say it again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Kunskapsbanken' })).toBeVisible();
    await expect(page.getByText(`”${resource.title}” är borttagen.`)).toHaveCount(0);

    const api = await apiAs('coordinator');
    expect((await api.get(`/api/resources/${resource.id}`)).status()).toBe(404);
    await api.dispose();
    await page.goto(`/resources/${resource.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Resursen finns inte' })).toBeVisible();
    await page.context().close();
  });
});
