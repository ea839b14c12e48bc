// Writes the demo resources of demo-resource-data.ts, with their files in the file storage.
import { createHash, randomUUID } from 'node:crypto';
import { CreateResourceInputSchema, RESOURCE_FILE_MEDIA_TYPES } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { type FileStorage, newStorageKey } from '@repo/file-storage';
import { type SampleCell, sampleFile, sampleOds, samplePng, sampleXlsx } from '@repo/test-factories';
import { MUNICIPALITIES } from './demo-agencies';
import { DEMO_RESOURCES, type DemoFile, type DemoResource } from './demo-resource-data';

const DAY = 86_400_000;

type AccountKey = 'admin' | 'coordinator' | 'member';

/** Every title says it is an example, so no one mistakes a demo resource for the real thing. */
const LABELLED = /\((exempel|fiktiv|fiktiv rapport|example|fictional)\)$/;

const DOCUMENT_NOTE = 'EXEMPEL – fiktivt dokument för demonstration av Samverkan Värmland. Det är inte ett verkligt dokument från någon organisation.';

/** The document's bytes: the text in a file of its type (a spreadsheet adds its table; a picture is a plain card). */
function fileBytes(file: DemoFile, text: string): Buffer {
  if (file.type === 'xlsx' || file.type === 'ods') {
    const rows: SampleCell[][] = [...text.split('\n').map((line) => [line]), [''], ...(file.table ?? [])];
    return file.type === 'xlsx' ? sampleXlsx(rows) : sampleOds(rows);
  }
  if (file.type === 'png') return samplePng(600, 400, '#2e6da4');
  return sampleFile(file.type, text);
}

const DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo resources: no ${what} named ${key}`);
  return value;
}

/** Refuses demo texts the API would refuse, so the demo never holds what a user could not write. */
function check(resource: DemoResource): void {
  if (!LABELLED.test(resource.title)) throw new Error(`Demo resources: "${resource.title}" does not say it is an example`);
  if (!resource.link && !resource.files?.length) throw new Error(`Demo resources: "${resource.title}" has neither link nor file`);
  const parsed = CreateResourceInputSchema.safeParse({ title: resource.title, summary: resource.summary, kind: resource.kind, language: resource.language, linkUrl: resource.link });
  if (!parsed.success) throw new Error(`Demo resources: "${resource.title}" is not valid: ${parsed.error.message}`);
}

interface StoredVersion {
  key: string;
  body: Buffer;
  mediaType: string;
}

/**
 * About forty resources across all kinds, owned by demo agencies, with small generated files (some
 * in two or three versions by different colleagues). The bytes go to the file storage first, each
 * key added to storedKeys before it is stored: the rows last only if the caller's transaction
 * commits, and if it does not, the caller removes what the keys name. Returns how many resources it wrote.
 */
export async function seedDemoResources(
  tx: Prisma.TransactionClient,
  storage: FileStorage,
  accounts: Record<AccountKey, { id: string }>,
  storedKeys: string[],
  now = new Date(),
): Promise<number> {
  DEMO_RESOURCES.forEach(check);
  const agencies = new Map((await tx.agency.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));
  // A database whose demo agencies were renamed or removed since gets no demo resources.
  if (DEMO_RESOURCES.some((r) => !agencies.has(r.owner))) return 0;
  const competences = new Map((await tx.competence.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const municipalityCodes = new Map(MUNICIPALITIES.map((m) => [m.name, m.code]));
  const ownerIds = [...new Set(DEMO_RESOURCES.map((r) => lookup(agencies, r.owner, 'agency')))];
  const contacts = await tx.contact.findMany({
    where: { agencyId: { in: ownerIds }, archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, agencyId: true, title: true, userId: true },
  });
  // Who works at each owner agency: the coordinator and member logins first, then the demo
  // participants by name, and the administrator last, who seldom writes documents.
  const order = (id: string) => (id === accounts.coordinator.id ? 0 : id === accounts.member.id ? 1 : id === accounts.admin.id ? 3 : 2);
  const users = (await tx.user.findMany({ where: { agencyId: { in: ownerIds } }, orderBy: { name: 'asc' }, select: { id: true, agencyId: true } })).sort(
    (a, b) => order(a.id) - order(b.id),
  );

  const resources: Prisma.ResourceCreateManyInput[] = [];
  const links: Prisma.ResourceCompetenceCreateManyInput[] = [];
  const files: Prisma.ResourceFileCreateManyInput[] = [];
  const versions: Prisma.ResourceFileVersionCreateManyInput[] = [];
  const stored: StoredVersion[] = [];

  for (const resource of DEMO_RESOURCES) {
    const id = randomUUID();
    const ownerAgencyId = lookup(agencies, resource.owner, 'agency');
    // Colleagues at the owner agency, then the coordinator and administrator logins, who may share for any agency.
    const people = [...new Set([...users.filter((u) => u.agencyId === ownerAgencyId).map((u) => u.id), accounts.coordinator.id, accounts.admin.id])];
    const author = people[0]!;
    const contact =
      contacts.find((c) => c.agencyId === ownerAgencyId && c.userId === author) ??
      contacts.find((c) => c.agencyId === ownerAgencyId && c.title === resource.contactTitle) ??
      contacts.find((c) => c.agencyId === ownerAgencyId);
    const day = now.getTime() - resource.daysAgo * DAY;
    // Written a few days before it was published (or last worked on, for a draft); later versions
    // came in at even steps between then and now.
    const createdAt = new Date(day - 4 * DAY);
    const publishedAt = resource.draft ? null : new Date(day);
    let updatedAt = publishedAt ?? new Date(day);
    let uploads = 0;

    for (const [fileIndex, file] of (resource.files ?? []).entries()) {
      const fileId = randomUUID();
      const count = file.versions ?? 1;
      const firstAt = new Date(createdAt.getTime() + fileIndex * 3_600_000);
      files.push({ id: fileId, resourceId: id, createdAt: firstAt });
      for (let number = 1; number <= count; number += 1) {
        const uploadedAt = number === 1 ? firstAt : new Date(day + ((now.getTime() - day) * (number - 1)) / count);
        const uploadedById = people[(number - 1) % people.length]!;
        const text = documentText(resource, file, number, uploadedAt);
        const body = fileBytes(file, text);
        const key = newStorageKey('resources', id);
        const mediaType = RESOURCE_FILE_MEDIA_TYPES[file.type];
        stored.push({ key, body, mediaType });
        versions.push({
          fileId,
          number,
          storageKey: key,
          originalName: file.name,
          mediaType,
          sizeBytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          uploadedById,
          uploadedAt,
        });
        if (uploadedAt > updatedAt) updatedAt = uploadedAt;
        uploads += 1;
      }
    }

    resources.push({
      id,
      title: resource.title,
      summary: resource.summary,
      kind: resource.kind,
      language: resource.language ?? 'sv',
      linkUrl: resource.link ?? null,
      ownerAgencyId,
      contactId: contact?.id ?? null,
      createdById: author,
      sectors: resource.sectors ?? [],
      municipalityCodes: (resource.municipalities ?? []).map((name) => lookup(municipalityCodes, name, 'municipality')),
      visibility: resource.ownerAgencyOnly ? 'OWNER_AGENCY' : 'NETWORK',
      status: resource.draft ? 'DRAFT' : 'PUBLISHED',
      publishedAt,
      // Every upload and the publishing raised it, as they do through the API.
      version: 1 + uploads + (resource.draft ? 0 : 1),
      createdAt,
      updatedAt,
    });
    for (const slug of resource.competences ?? []) links.push({ resourceId: id, competenceId: lookup(competences, slug, 'competence') });
  }

  storedKeys.push(...stored.map(({ key }) => key));
  await Promise.all(stored.map(({ key, body, mediaType }) => storage.put(key, body, mediaType)));
  await tx.resource.createMany({ data: resources });
  await tx.resourceCompetence.createMany({ data: links });
  await tx.resourceFile.createMany({ data: files });
  await tx.resourceFileVersion.createMany({ data: versions });
  return DEMO_RESOURCES.length;
}

/** The fictional document: the resource's text, marked as an example, with its version's own line. */
function documentText(resource: DemoResource, file: DemoFile, number: number, uploadedAt: Date): string {
  return [
    resource.title,
    `${resource.owner} · version ${number} · ${DATE.format(uploadedAt)}`,
    DOCUMENT_NOTE,
    resource.summary,
    resource.body,
    number > 1 ? `Ändrat i version ${number}: uppdaterade uppgifter och språkliga justeringar.` : undefined,
    `Fil: ${file.name}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
