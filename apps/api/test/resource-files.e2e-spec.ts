import { RESOURCE_FILE_MEDIA_TYPES, ResourceSchema, type ResourceFileType } from '@repo/contracts';
import {
  createResource,
  sampleDocx,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  samplePptx,
  sampleTxt,
  sampleXlsx,
  type ResourceInput,
} from '@repo/test-factories';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { expectError } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { UNKNOWN_ID } from './utils/made-up';
import { createPrincipal, createWorld, type Principal, type World } from './utils/principals';
import { downloadBytes, fileRows, storedKeys, uploadFile } from './utils/resource-files';

const ALLOWED: { type: ResourceFileType; bytes: () => Buffer; filename: string; downloadName: string }[] = [
  { type: 'pdf', bytes: () => samplePdf('Lokal handlingsplan (exempel)'), filename: 'Handlingsplan Kil.pdf', downloadName: 'Handlingsplan Kil.pdf' },
  { type: 'docx', bytes: () => sampleDocx('Metodstöd för skolan'), filename: 'Metodstöd för skolan.docx', downloadName: 'Metodstöd för skolan.docx' },
  { type: 'xlsx', bytes: () => sampleXlsx([['Kommun', 'Antal'], ['Kil', 3]]), filename: 'Lägesbild 2026.xlsx', downloadName: 'Lägesbild 2026.xlsx' },
  { type: 'pptx', bytes: () => samplePptx('Tidiga tecken'), filename: 'Utbildning.pptx', downloadName: 'Utbildning.pptx' },
  { type: 'odt', bytes: () => sampleOdt('Stöd till anhöriga'), filename: 'Anhörigstöd.odt', downloadName: 'Anhörigstöd.odt' },
  { type: 'ods', bytes: () => sampleOds([['Funktion', 'Telefon'], ['Socialjour', '054-540 00 00']]), filename: 'Kontaktlista.ods', downloadName: 'Kontaktlista.ods' },
  { type: 'txt', bytes: () => sampleTxt('Stödlinjer för anhöriga och den som vill hoppa av.\n'), filename: 'Stödlinjer.txt', downloadName: 'Stödlinjer.txt' },
  { type: 'png', bytes: () => samplePng(64, 48), filename: 'Karta.png', downloadName: 'Karta.png' },
  // A JPEG keeps the extension its uploader gave it when that is one of JPEG's.
  { type: 'jpeg', bytes: () => sampleJpeg(), filename: 'Foto.jpeg', downloadName: 'Foto.jpeg' },
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('resource files: upload and download (/api/resources/:id/files)', () => {
  let t: TestApp;
  let world: World;
  let memberA: Principal;
  let memberB: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    memberA = await createPrincipal(t, world, 'member');
    memberB = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
  });
  afterAll(() => t.close());

  /** A resource of agency A: a published network resource with a link unless told otherwise. */
  const resourceOfA = (input: ResourceInput = {}) => createResource(t.prisma, { ownerAgencyId: world.agencyA.id, ...input });

  describe('POST /api/resources/:id/files', () => {
    it.each(ALLOWED)('stores a $type file and gives it back byte for byte, typed by its content, as an attachment', async ({ type, bytes, filename, downloadName }) => {
      const resource = await resourceOfA();
      const content = bytes();
      // The browser's claim is ignored: the download is typed by what the bytes are.
      const response = await uploadFile(t, memberA.cookie, resource.id, content, { filename, contentType: 'text/html' }).expect(201);
      const updated = ResourceSchema.parse(response.body);
      expect(updated.version).toBe(resource.version + 1);
      expect(updated.files).toEqual([
        {
          id: expect.any(String),
          current: {
            id: expect.any(String),
            number: 1,
            name: downloadName,
            type,
            mediaType: RESOURCE_FILE_MEDIA_TYPES[type],
            sizeBytes: content.length,
            sha256: sha256(content),
            uploadedBy: { id: memberA.id, name: expect.any(String) },
            uploadedAt: expect.any(String),
          },
          earlier: [],
        },
      ]);
      const file = updated.files[0]!;

      const download = await downloadBytes(t, memberB.cookie, `/api/resources/${resource.id}/files/${file.id}`).expect(200);
      expect(Buffer.compare(download.body as Buffer, content)).toBe(0);
      expect(download.headers).toMatchObject({
        'content-type': RESOURCE_FILE_MEDIA_TYPES[type],
        'content-length': String(content.length),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
        etag: `"${sha256(content)}"`,
      });
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(download.headers['content-disposition'] as string)![1]!)).toBe(file.current.name);

      const [key] = await storedKeys(t, resource.id);
      expect(await storedKeys(t, resource.id)).toEqual([expect.stringMatching(new RegExp(`^resources/${resource.id}/[0-9a-f-]{36}$`))]);
      expect(await t.prisma.resourceFileVersion.findFirstOrThrow({ where: { fileId: file.id }, select: { storageKey: true } })).toEqual({ storageKey: key });
    });

    it('audits the upload with the resource as target and what was stored', async () => {
      const resource = await resourceOfA();
      const content = samplePdf('Lägesbild');
      const file = ResourceSchema.parse((await uploadFile(t, memberA.cookie, resource.id, content, { filename: 'Lägesbild.pdf' }).expect(201)).body).files[0]!;
      expect(await t.prisma.auditEvent.findMany({ where: { action: 'resource.file_uploaded', targetId: resource.id }, select: { actorId: true, targetType: true, targetLabel: true, details: true } })).toEqual([
        {
          actorId: memberA.id,
          targetType: 'resource',
          targetLabel: resource.title,
          details: { fileId: file.id, number: 1, name: 'Lägesbild.pdf', type: 'pdf', sizeBytes: content.length, sha256: sha256(content) },
        },
      ]);
    });

    it('takes ids written in capitals, storing and auditing under the ids as the database spells them', async () => {
      const resource = await resourceOfA();
      const first = await uploadFile(t, memberA.cookie, resource.id.toUpperCase(), samplePdf('Plan'), { filename: 'plan.pdf' }).expect(201);
      const fileId = ResourceSchema.parse(first.body).files[0]!.id;
      const second = await uploadFile(t, memberA.cookie, resource.id.toUpperCase(), samplePdf('Plan 2'), { filename: 'plan.pdf', replaces: fileId.toUpperCase() }).expect(201);
      expect(ResourceSchema.parse(second.body).files).toEqual([expect.objectContaining({ id: fileId, current: expect.objectContaining({ number: 2 }) })]);
      expect(await storedKeys(t, resource.id)).toEqual([expect.stringMatching(`^resources/${resource.id}/`), expect.stringMatching(`^resources/${resource.id}/`)]);
      const audited = await t.prisma.auditEvent.findMany({ where: { action: 'resource.file_uploaded', targetId: resource.id }, select: { details: true } });
      expect(audited.map(({ details }) => (details as { fileId: string }).fileId)).toEqual([fileId, fileId]);
    });

    it('gives a name without path, control or reserved characters, with the extension of the detected type', async () => {
      const resource = await resourceOfA();
      const response = await uploadFile(t, memberA.cookie, resource.id, samplePdf('Plan'), { filename: '..\\..\\C:/tmp/plan<1>\u0007"rapport".exe' }).expect(201);
      expect(ResourceSchema.parse(response.body).files[0]!.current.name).toBe('plan1rapport.pdf');
    });

    it('lets a coordinator of another agency upload (resources:manage), but not a member of another agency', async () => {
      const resource = await resourceOfA();
      const coordinatorB = await createPrincipal(t, world, 'coordinatorOutOfScope');
      await uploadFile(t, coordinatorB.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf' }).expect(201);

      const forbidden = await uploadFile(t, memberB.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf' });
      expectError(forbidden, 403, 'FORBIDDEN');
      expect(await fileRows(t, resource.id)).toEqual({ files: 1, versions: 1 });
      expect(await storedKeys(t, resource.id)).toHaveLength(1);
    });

    it('answers 404 to a member of another agency for a draft or an owner-agency resource, and stores none of their bytes', async () => {
      for (const input of [{ status: 'DRAFT' }, { visibility: 'OWNER_AGENCY' }] as const) {
        const resource = await resourceOfA(input);
        expectError(await uploadFile(t, memberB.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf' }), 404, 'NOT_FOUND');
        expect(await fileRows(t, resource.id)).toEqual({ files: 0, versions: 0 });
        expect(await storedKeys(t, resource.id)).toEqual([]);
      }
    });

    it('answers 404 for an unknown resource, 400 for a malformed id and 401 to the signed-out', async () => {
      expectError(await uploadFile(t, memberA.cookie, UNKNOWN_ID, samplePdf('Plan'), { filename: 'plan.pdf' }), 404, 'NOT_FOUND');
      expectError(await uploadFile(t, memberA.cookie, 'inte-ett-id', samplePdf('Plan'), { filename: 'plan.pdf' }), 400, 'VALIDATION_FAILED');
      const resource = await resourceOfA();
      expectError(await uploadFile(t, undefined, resource.id, samplePdf('Plan'), { filename: 'plan.pdf' }), 401, 'UNAUTHENTICATED');
      expect(await storedKeys(t, resource.id)).toEqual([]);
    });
  });

  describe('GET /api/resources/:id/files/:fileId', () => {
    /** A resource of agency A with one PDF, uploaded by a member of A. */
    async function withFile(input: ResourceInput) {
      const resource = await resourceOfA(input);
      const content = samplePdf(`Innehåll ${resource.id}`);
      const file = ResourceSchema.parse((await uploadFile(t, memberA.cookie, resource.id, content, { filename: 'plan.pdf' }).expect(201)).body).files[0]!;
      return { resource, file, content, path: `/api/resources/${resource.id}/files/${file.id}` };
    }

    it('lets another agency’s member download from a published network resource only: drafts and owner-agency resources are 404 by id', async () => {
      const network = await withFile({});
      const ownerOnly = await withFile({ visibility: 'OWNER_AGENCY' });
      const draft = await withFile({ status: 'DRAFT' });
      const draftOwnerOnly = await withFile({ status: 'DRAFT', visibility: 'OWNER_AGENCY' });

      const got = await downloadBytes(t, memberB.cookie, network.path).expect(200);
      expect(Buffer.compare(got.body as Buffer, network.content)).toBe(0);
      for (const hidden of [ownerOnly, draft, draftOwnerOnly]) {
        expectError(await downloadBytes(t, memberB.cookie, hidden.path), 404, 'NOT_FOUND');
        expectError(await downloadBytes(t, memberB.cookie, `${hidden.path}/versions/1`), 404, 'NOT_FOUND');
        // The answer is the same for a file id that does not exist: nothing tells the file is there.
        expectError(await downloadBytes(t, memberB.cookie, `/api/resources/${hidden.resource.id}/files/${UNKNOWN_ID}`), 404, 'NOT_FOUND');
      }
      for (const any of [network, ownerOnly, draft, draftOwnerOnly]) {
        const own = await downloadBytes(t, memberA.cookie, any.path).expect(200);
        expect(Buffer.compare(own.body as Buffer, any.content)).toBe(0);
      }
    });

    it('lets coordinators of other agencies download drafts and owner-agency files (resources:manage)', async () => {
      const draft = await withFile({ status: 'DRAFT', visibility: 'OWNER_AGENCY' });
      const coordinatorB = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const got = await downloadBytes(t, coordinatorB.cookie, draft.path).expect(200);
      expect(Buffer.compare(got.body as Buffer, draft.content)).toBe(0);
    });

    it('answers 401 to the signed-out, even for a published network resource', async () => {
      const network = await withFile({});
      expectError(await downloadBytes(t, undefined, network.path), 401, 'UNAUTHENTICATED');
      expectError(await downloadBytes(t, undefined, `${network.path}/versions/1`), 401, 'UNAUTHENTICATED');
    });

    it('answers 404 for a file of another resource, an unknown file and an unknown version; 400 for malformed ids and numbers', async () => {
      const one = await withFile({});
      const other = await withFile({});
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${one.resource.id}/files/${other.file.id}`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${one.resource.id}/files/${other.file.id}/versions/1`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${one.resource.id}/files/${UNKNOWN_ID}`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${UNKNOWN_ID}/files/${one.file.id}`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `${one.path}/versions/2`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `${one.path}/versions/0`), 400, 'VALIDATION_FAILED');
      expectError(await downloadBytes(t, memberA.cookie, `${one.path}/versions/senaste`), 400, 'VALIDATION_FAILED');
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${one.resource.id}/files/plan.pdf`), 400, 'VALIDATION_FAILED');
    });
  });

  it('answers a refused download as JSON, never as an attachment', async () => {
    const response = await request(t.http).get(`/api/resources/${UNKNOWN_ID}/files/${UNKNOWN_ID}`).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBeUndefined();
  });
});
