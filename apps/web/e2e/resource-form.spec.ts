import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, expect, type Locator, type Page, request, test } from '@playwright/test';
import { type Resource, ResourceSchema } from '@repo/contracts';
import { DEMO_ACCOUNTS, sampleHtml, samplePdf } from '@repo/test-factories';
import { authFile, type DemoRole } from './auth';
import { expectNoAxeViolations } from './axe';

const UNSAFE = { 'X-Requested-With': 'XMLHttpRequest' };
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function apiAs(role: DemoRole): Promise<APIRequestContext> {
  return request.newContext({ baseURL: test.info().project.use.baseURL, storageState: authFile(role) });
}

async function signedInPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(role) });
  return context.newPage();
}

/** The axe scan, once React Aria's live announcer has let go of an option that is gone (see event-form.spec.ts). */
async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-live-announcer] [role="img"]')).toHaveCount(0, { timeout: 15_000 });
  await expectNoAxeViolations(page);
}

async function readResource(api: APIRequestContext, id: string): Promise<Resource> {
  const response = await api.get(`/api/resources/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return ResourceSchema.parse(await response.json());
}

/** A draft the demo member shares through the API, to edit in the browser. */
async function shareAsMember(title: string, data: Record<string, unknown> = {}): Promise<Resource> {
  const api = await apiAs('member');
  const response = await api.post('/api/resources', { headers: UNSAFE, data: { title, kind: 'METHOD_GUIDE', summary: 'Stöd för samtal med unga.', ...data } });
  expect(response.status(), await response.text()).toBe(201);
  const resource = ResourceSchema.parse(await response.json());
  await api.dispose();
  return resource;
}

async function uploadThroughApi(api: APIRequestContext, id: string, name: string, bytes: Buffer): Promise<Resource> {
  const response = await api.post(`/api/resources/${id}/files`, { headers: UNSAFE, multipart: { file: { name, mimeType: 'application/pdf', buffer: bytes } } });
  expect(response.status(), await response.text()).toBe(201);
  return ResourceSchema.parse(await response.json());
}

/** Opens a select with the keyboard and picks an option by typing its beginning, as a keyboard user does. */
async function chooseByKeyboard(page: Page, trigger: Locator, option: string): Promise<void> {
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.type(option);
  await expect(page.getByRole('option', { name: option, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(trigger).toContainText(option);
}

/** Chooses files in the system dialog that the focused button opens with Enter. */
async function chooseFilesByKeyboard(page: Page, button: Locator, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await button.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files);
}

test.describe('sharing a resource', () => {
  test('a member shares a resource by keyboard with a PDF, sees it uploaded, publishes it, and downloads the same bytes', async ({ browser }) => {
    test.slow();
    const title = `Lokal handlingsplan mot våldsbejakande extremism, Kil kommun (exempel) ${unique()}`;
    const pdf = samplePdf(`${title}\n\nSamverkan mellan skola, socialtjänst och polis.\nÅtgärder för 2027.`);
    const page = await signedInPage(browser, 'member');
    await page.goto('/resources/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Dela en resurs' })).toBeVisible();
    await expect(page).toHaveTitle('Dela en resurs – Samverkan Värmland');
    const form = page.getByRole('form', { name: 'Dela en resurs' });

    await form.getByRole('textbox', { name: 'Rubrik' }).focus();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await expect(form.getByRole('textbox', { name: 'Sammanfattning' })).toBeFocused();
    await page.keyboard.type('Hur kommunen samordnar det förebyggande arbetet.');
    await chooseByKeyboard(page, form.getByRole('button', { name: /Typ av resurs/ }), 'Handlingsplan');
    await expect(form.getByRole('button', { name: /Språk/ })).toContainText('Svenska');

    // The link is checked as it is typed: no http:, and the message is in Swedish.
    const link = form.getByRole('textbox', { name: 'Länk' });
    await link.focus();
    await page.keyboard.type('http://www.kil.se/plan');
    await expect(form.getByText(/^Skriv en fullständig adress som börjar med https:\/\//)).toBeVisible();
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await expect(form.getByText(/^Skriv en fullständig adress/)).toHaveCount(0);

    await chooseFilesByKeyboard(page, form.getByRole('button', { name: 'Välj filer' }), [{ name: 'handlingsplan-kil.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    // The stop before is the drop zone's own button, for files pasted in, named for what it does.
    await page.keyboard.press('Shift+Tab');
    await expect(form.getByRole('button', { name: 'Klistra in eller släpp filer här' })).toBeFocused();
    const chosen = form.getByRole('list', { name: 'Valda filer' });
    await expect(chosen.getByRole('listitem')).toHaveCount(1);
    await expect(chosen).toContainText('handlingsplan-kil.pdf');
    await expect(chosen).toContainText('Laddas upp när du sparar.');

    // A member shares for their own agency, with themselves as the contact person unless they choose another.
    await expect(form.getByRole('textbox', { name: 'Ansvarig organisation' })).toHaveValue('Socialtjänsten, Arvika kommun');
    await expect(form.getByRole('textbox', { name: 'Ansvarig organisation' })).toHaveAttribute('readonly', '');
    await expect(form.getByRole('combobox', { name: 'Kontaktperson' })).toHaveValue(DEMO_ACCOUNTS.member.name);
    await expect(form.getByRole('radio', { name: 'Hela nätverket' })).toBeChecked();
    await form.getByRole('radio', { name: 'Utkast' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio', { name: 'Publicerad' })).toBeChecked();
    await expectAccessible(page);

    // Publishing waits until the test has seen the upload done.
    let releasePublish = () => {};
    const publishMayGo = new Promise<void>((resolve) => (releasePublish = resolve));
    const patches: unknown[] = [];
    await page.route('**/api/resources/*', async (route) => {
      if (route.request().method() === 'PATCH') {
        patches.push(route.request().postDataJSON());
        await publishMayGo;
      }
      await route.continue();
    });

    await form.getByRole('button', { name: 'Spara' }).focus();
    await page.keyboard.press('Enter');
    const progress = form.getByRole('progressbar', { name: 'Laddar upp handlingsplan-kil.pdf' });
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await expect(progress).toHaveAttribute('aria-valuetext', 'Uppladdad');
    await expect(form.getByRole('status').filter({ hasText: 'Filen handlingsplan-kil.pdf är uppladdad.' })).toBeVisible();
    await expect.poll(() => patches.length).toBe(1);
    releasePublish();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = new URL(page.url()).pathname.split('/')[2] ?? '';
    const saved = await readResource(page.request, id);
    expect(saved).toMatchObject({
      title,
      kind: 'ACTION_PLAN',
      language: 'sv',
      status: 'PUBLISHED',
      visibility: 'NETWORK',
      linkUrl: null,
      ownerAgency: { name: 'Socialtjänsten, Arvika kommun' },
      contact: { name: DEMO_ACCOUNTS.member.name },
    });
    expect(saved.files).toHaveLength(1);
    expect(saved.files[0]?.current).toMatchObject({ name: 'handlingsplan-kil.pdf', type: 'pdf', sizeBytes: pdf.length, sha256: sha256(pdf) });
    // The draft was published on the version the upload left.
    expect(patches).toEqual([{ version: saved.version - 1, status: 'PUBLISHED' }]);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner handlingsplan-kil.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('handlingsplan-kil.pdf');
    const bytes = await readFile(await file.path());
    expect(bytes.length).toBe(pdf.length);
    expect(bytes.equals(pdf)).toBe(true);
    await page.context().close();
  });

  test('a file whose content is not allowed is refused in Swedish, the draft is kept with nothing lost, and nothing is added', async ({ browser }) => {
    test.slow();
    const title = `Metodstöd för orosanmälan ${unique()}`;
    const page = await signedInPage(browser, 'member');
    await page.goto('/resources/new');
    const form = page.getByRole('form', { name: 'Dela en resurs' });
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(title);
    await chooseByKeyboard(page, form.getByRole('button', { name: /Typ av resurs/ }), 'Metodstöd');

    // Empty files are stopped before they are sent; an HTML page named .pdf goes to the server, which reads its content.
    await chooseFilesByKeyboard(page, form.getByRole('button', { name: 'Välj filer' }), [
      { name: 'tom.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
      { name: 'metodstod.pdf', mimeType: 'application/pdf', buffer: sampleHtml() },
      { name: 'tom-bilaga.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    const chosen = form.getByRole('list', { name: 'Valda filer' });
    await expect(chosen.getByRole('listitem').filter({ hasText: 'tom.pdf' })).toContainText('Filen är tom.');
    await expect(chosen.getByRole('listitem').filter({ hasText: 'tom-bilaga.pdf' })).toContainText('Filen är tom.');
    await expect(form.getByRole('status').filter({ hasText: 'kan inte laddas upp' })).toHaveText('2 filer kan inte laddas upp. Läs vid varje fil varför.');
    // A removed row's button goes with it: the focus moves to the row that takes its place, or the one above the last.
    await chosen.getByRole('button', { name: 'Ta bort tom.pdf ur listan' }).press('Enter');
    await expect(chosen.getByRole('listitem')).toHaveCount(2);
    await expect(chosen.getByRole('button', { name: 'Ta bort metodstod.pdf ur listan' })).toBeFocused();
    await chosen.getByRole('button', { name: 'Ta bort tom-bilaga.pdf ur listan' }).press('Enter');
    await expect(chosen.getByRole('listitem')).toHaveCount(1);
    await expect(chosen.getByRole('button', { name: 'Ta bort metodstod.pdf ur listan' })).toBeFocused();
    await form.getByText('Publicerad', { exact: true }).click();
    await expect(form.getByRole('radio', { name: 'Publicerad' })).toBeChecked();
    await form.getByRole('button', { name: 'Spara' }).click();

    // The draft is saved; its edit page says which file did not make it, and why.
    await expect(page.getByRole('heading', { level: 1, name: `Redigera ${title}` })).toBeVisible();
    await expect(page.getByText(/^Resursen är sparad som utkast, men alla filer kom inte med/)).toBeVisible();
    const editForm = page.getByRole('form', { name: 'Redigera resursen' });
    const refused = editForm.getByRole('list', { name: 'Valda filer' }).getByRole('listitem');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('metodstod.pdf');
    await expect(refused).toContainText('Filens innehåll är inte av en tillåten typ, oavsett vad filen heter.');
    await expect(editForm.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(title);
    await expect(editForm.getByRole('radio', { name: 'Publicerad' })).toBeChecked();
    await expect(editForm.getByText('Inga filer ännu.')).toBeVisible();
    await expectAccessible(page);

    const id = new URL(page.url()).pathname.split('/')[2] ?? '';
    const saved = await readResource(page.request, id);
    expect(saved).toMatchObject({ title, kind: 'METHOD_GUIDE', status: 'DRAFT', files: [], fileCount: 0 });

    // Published with neither link nor file: the form says what is missing and sends nothing.
    let patched = 0;
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patched += 1;
    });
    await editForm.getByRole('button', { name: 'Spara' }).click();
    await expect(editForm.getByText(/^En publicerad resurs behöver en länk eller minst en fil/)).toBeVisible();
    await expect(editForm.getByRole('radio', { name: 'Publicerad' })).toBeFocused();
    expect(patched).toBe(0);
    await page.context().close();
  });

  test('the form reads well and passes axe in English too', async ({ browser }) => {
    const page = await signedInPage(browser, 'coordinator');
    await page.goto('/resources/new');
    await expect(page.getByRole('form', { name: 'Dela en resurs' })).toBeVisible();
    await page.getByRole('radio', { name: 'English' }).click();
    const form = page.getByRole('form', { name: 'Share a resource' });
    await expect(page.getByRole('heading', { level: 1, name: 'Share a resource' })).toBeVisible();
    // A coordinator may share for any agency.
    await expect(form.getByRole('combobox', { name: 'Responsible organisation' })).toHaveValue('Länsstyrelsen Värmland');
    await form.getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)');
    await expect(form.getByText(/^Write a full address starting with https:\/\//)).toBeVisible();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
    await expect(form.getByText('Enter at least 3 characters.')).toBeVisible();
    await expect(form.getByText('Choose an option.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Svenska' }).click();
    await page.context().close();
  });
});

test.describe('editing a resource and its files', () => {
  test('the owner uploads a new version, keeps the earlier one, and removes a file through the dialog', async ({ browser }) => {
    test.slow();
    const title = `Utbildningsmaterial om radikalisering ${unique()}`;
    const first = samplePdf(`${title}\nVersion 1`);
    const second = samplePdf(`${title}\nVersion 2, reviderad`);
    const extra = samplePdf(`${title}\nBilaga`);
    const draft = await shareAsMember(title, { linkUrl: 'https://www.example.org/material' });
    const api = await apiAs('member');
    await uploadThroughApi(api, draft.id, 'material.pdf', first);
    await uploadThroughApi(api, draft.id, 'bilaga.pdf', extra);

    const page = await signedInPage(browser, 'member');
    await page.goto(`/resources/${draft.id}`);
    await page.getByRole('link', { name: 'Redigera' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Redigera ${title}` })).toBeVisible();
    const form = page.getByRole('form', { name: 'Redigera resursen' });
    const existing = form.getByRole('list', { name: 'Uppladdade filer' });
    await expect(existing.getByRole('listitem')).toHaveCount(2);

    await chooseFilesByKeyboard(page, existing.getByRole('button', { name: 'Ladda upp ny version av material.pdf' }), [
      { name: 'material-reviderad.pdf', mimeType: 'application/pdf', buffer: second },
    ]);
    await expect(form.getByRole('status').filter({ hasText: 'Filen material-reviderad.pdf är uppladdad.' })).toBeVisible();
    await expect(existing.getByRole('listitem').filter({ hasText: 'material-reviderad.pdf' })).toContainText('version 2, 1 tidigare version');

    await existing.getByRole('button', { name: 'Ta bort bilaga.pdf' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Ta bort bilaga.pdf?' });
    await expect(dialog).toContainText('Filen och alla dess tidigare versioner tas bort');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ta bort filen' }).click();
    await expect(dialog).toBeHidden();
    await expect(form.getByRole('status').filter({ hasText: 'Filen bilaga.pdf är borttagen.' })).toBeVisible();
    await expect(existing.getByRole('listitem')).toHaveCount(1);
    // The removed file's buttons went with it; the focus stays with the files rather than falling to the page.
    await expect(form.getByRole('heading', { level: 2, name: 'Filer' })).toBeFocused();

    // The uploads raised the version; saving a field goes on from it without a conflict of the user's own making.
    await form.getByRole('textbox', { name: 'Sammanfattning' }).fill('Material för en halvdag med skolkuratorer.');
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${title} Utkast` })).toBeVisible();
    await page.getByText(/^Tidigare version/).click();
    await expect(page.getByRole('link', { name: 'Ladda ner version 1 av material.pdf' })).toBeVisible();

    const saved = await readResource(api, draft.id);
    expect(saved.summary).toBe('Material för en halvdag med skolkuratorer.');
    expect(saved.files).toHaveLength(1);
    expect(saved.files[0]?.current).toMatchObject({ number: 2, name: 'material-reviderad.pdf', sha256: sha256(second) });
    expect(saved.files[0]?.earlier).toEqual([expect.objectContaining({ number: 1, name: 'material.pdf', sha256: sha256(first) })]);
    await api.dispose();
    await page.context().close();
  });

  test('an upload under way can be cancelled, and nothing is added', async ({ browser }) => {
    const title = `Stödlinje för anhöriga ${unique()}`;
    const draft = await shareAsMember(title, { kind: 'HELPLINE', linkUrl: 'mailto:stod@example.org' });
    const page = await signedInPage(browser, 'member');
    // The server never gets to answer: the upload stays under way until it is cancelled.
    await page.route(`**/api/resources/${draft.id}/files`, () => new Promise<void>(() => {}));
    await page.goto(`/resources/${draft.id}/edit`);
    const form = page.getByRole('form', { name: 'Redigera resursen' });
    await chooseFilesByKeyboard(page, form.getByRole('button', { name: 'Välj filer' }), [
      { name: 'samtalsstod.pdf', mimeType: 'application/pdf', buffer: samplePdf(title) },
    ]);
    await expect(form.getByRole('progressbar', { name: /samtalsstod\.pdf/ })).toBeVisible();
    await form.getByRole('button', { name: 'Avbryt uppladdningen av samtalsstod.pdf' }).press('Enter');
    await expect(form.getByRole('progressbar')).toHaveCount(0);
    await expect(form.getByRole('list', { name: 'Valda filer' }).getByRole('listitem')).toContainText('Uppladdningen avbröts.');
    await expect(form.getByRole('status').filter({ hasText: 'Filen samtalsstod.pdf laddades inte upp: Uppladdningen avbröts.' })).toBeVisible();
    // The cancel button went with the upload: its row's own remove button has the focus, and once that is used, the chooser.
    const remove = form.getByRole('button', { name: 'Ta bort samtalsstod.pdf ur listan' });
    await expect(remove).toBeFocused();
    await remove.press('Enter');
    await expect(form.getByRole('list', { name: 'Valda filer' })).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Välj filer' })).toBeFocused();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect((await readResource(page.request, draft.id)).files).toEqual([]);
    await page.context().close();
  });

  test('saving while a file is still on its way waits for it, saves once, on the version the upload left, without a conflict', async ({ browser }) => {
    const title = `Samverkansrutin skola och socialtjänst ${unique()}`;
    const draft = await shareAsMember(title, { linkUrl: 'https://www.example.org/rutin' });
    const page = await signedInPage(browser, 'member');
    // The upload is held until the test has pressed Save while it is under way.
    let releaseUpload = () => {};
    const uploadMayGo = new Promise<void>((resolve) => (releaseUpload = resolve));
    await page.route(`**/api/resources/${draft.id}/files`, async (route) => {
      await uploadMayGo;
      await route.continue();
    });
    const patches: unknown[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patches.push(sent.postDataJSON());
    });
    await page.goto(`/resources/${draft.id}/edit`);
    const form = page.getByRole('form', { name: 'Redigera resursen' });
    await chooseFilesByKeyboard(page, form.getByRole('button', { name: 'Välj filer' }), [
      { name: 'rutin.pdf', mimeType: 'application/pdf', buffer: samplePdf(`${title}\nRutin`) },
    ]);
    await expect(form.getByRole('progressbar', { name: /rutin\.pdf/ })).toBeVisible();
    await form.getByRole('textbox', { name: 'Sammanfattning' }).fill('Hur skolan och socialtjänsten håller kontakten.');

    const save = form.getByRole('button', { name: 'Spara' });
    await save.press('Enter');
    await expect(form.getByRole('status').filter({ hasText: 'Väntar tills filerna är uppladdade …' })).toBeVisible();
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect(form.getByRole('button', { name: 'Avbryt', exact: true })).toBeDisabled();
    // A second press while it waits saves nothing more.
    await save.press('Enter');
    expect(patches).toEqual([]);
    releaseUpload();

    await expect(page.getByRole('heading', { level: 1, name: `${title} Utkast` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Någon annan har ändrat resursen under tiden' })).toHaveCount(0);
    expect(patches).toEqual([{ version: draft.version + 1, summary: 'Hur skolan och socialtjänsten håller kontakten.' }]);
    const saved = await readResource(page.request, draft.id);
    expect(saved).toMatchObject({ summary: 'Hur skolan och socialtjänsten håller kontakten.', version: draft.version + 2 });
    expect(saved.files.map((file) => file.current.name)).toEqual(['rutin.pdf']);
    await page.context().close();
  });

  test('after someone else saved, the owner sees what changed and saves their edit on top', async ({ browser }) => {
    test.slow();
    const title = `Lägesbild Arvika ${unique()}`;
    const draft = await shareAsMember(title, { linkUrl: 'https://www.example.org/lagesbild' });
    const page = await signedInPage(browser, 'member');
    const patches: unknown[] = [];
    page.on('request', (sent) => {
      if (sent.method() === 'PATCH') patches.push(sent.postDataJSON());
    });
    await page.goto(`/resources/${draft.id}/edit`);
    const form = page.getByRole('form', { name: 'Redigera resursen' });
    await expect(form.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(title);
    await form.getByRole('textbox', { name: 'Rubrik' }).fill(`${title} (reviderad)`);

    // Meanwhile a coordinator rewrites the summary.
    const coordinator = await apiAs('coordinator');
    const changed = await coordinator.patch(`/api/resources/${draft.id}`, { headers: UNSAFE, data: { version: draft.version, summary: 'Uppdaterad av samordnaren.' } });
    expect(changed.status(), await changed.text()).toBe(200);

    await form.getByRole('button', { name: 'Spara' }).click();
    const conflict = page.getByRole('region', { name: 'Någon annan har ändrat resursen under tiden' });
    await expect(conflict.getByRole('heading')).toBeFocused();
    await expect(conflict.getByRole('row', { name: /Rubrik/ })).toContainText(`${title} (reviderad)${title}`);
    // The summary was not part of this edit: it is taken over, not shown as a clash.
    await expect(conflict.getByRole('row', { name: /Sammanfattning/ })).toHaveCount(0);
    await expect(form.getByRole('textbox', { name: 'Sammanfattning' })).toHaveValue('Uppdaterad av samordnaren.');
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Spara mina värden ovanpå' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `${title} (reviderad) Utkast` })).toBeVisible();
    expect(patches).toEqual([
      { version: draft.version, title: `${title} (reviderad)` },
      { version: draft.version + 1, title: `${title} (reviderad)` },
    ]);
    const saved = await readResource(coordinator, draft.id);
    expect(saved).toMatchObject({ title: `${title} (reviderad)`, summary: 'Uppdaterad av samordnaren.', version: draft.version + 2 });
    await coordinator.dispose();
    await page.context().close();
  });
});
