import { ResourceFileRulesSchema, ResourceSchema } from '@repo/contracts';
import {
  createResource,
  sampleDocm,
  sampleElf,
  sampleGif,
  sampleHtml,
  samplePdf,
  samplePlainZip,
  sampleSvg,
  sampleTxt,
  sampleWindowsExecutable,
} from '@repo/test-factories';
import request from 'supertest';
import { expectError, expectValidationFailed } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { UNKNOWN_ID } from './utils/made-up';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';
import { fileRows, storedKeys, uploadFile } from './utils/resource-files';

const MB = 1024 * 1024;

/** What a refused upload must leave: no rows, no stored bytes, no audit entry, the resource unchanged. */
async function expectNothingLeft(t: TestApp, resource: { id: string; version: number }) {
  expect(await fileRows(t, resource.id)).toEqual({ files: 0, versions: 0 });
  expect(await storedKeys(t, resource.id)).toEqual([]);
  expect(await t.prisma.auditEvent.count({ where: { action: 'resource.file_uploaded', targetId: resource.id } })).toBe(0);
  expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: resource.id }, select: { version: true } })).toEqual({ version: resource.version });
}

describe('resource files: refused uploads (POST /api/resources/:id/files)', () => {
  let t: TestApp;
  let world: World;
  let member: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    member = await createPrincipal(t, world, 'member');
  });
  afterAll(() => t.close());

  const resourceOfA = () => createResource(t.prisma, { ownerAgencyId: world.agencyA.id });
  const post = (resourceId: string) => asApp(request(t.http).post(`/api/resources/${resourceId}/files`), { cookie: member.cookie });

  it.each([
    { what: 'a Windows program named as a PDF', bytes: sampleWindowsExecutable(), filename: 'rapport.pdf', contentType: 'application/pdf' },
    { what: 'a Linux program named as text', bytes: sampleElf(), filename: 'rutiner.txt', contentType: 'text/plain' },
    { what: 'an HTML page named as text', bytes: sampleHtml(), filename: 'rapport.txt', contentType: 'text/plain' },
    { what: 'an HTML page', bytes: sampleHtml(), filename: 'rapport.html', contentType: 'text/html' },
    { what: 'an SVG image with a script', bytes: sampleSvg(), filename: 'karta.svg', contentType: 'image/svg+xml' },
    { what: 'an SVG image named as a PNG', bytes: sampleSvg(), filename: 'karta.png', contentType: 'image/png' },
    { what: 'a GIF image', bytes: sampleGif(), filename: 'bild.gif', contentType: 'image/gif' },
    { what: 'a plain ZIP archive named as a Word document', bytes: samplePlainZip(), filename: 'arkiv.docx', contentType: 'application/zip' },
    { what: 'a Word document with macros', bytes: sampleDocm('Makron'), filename: 'rapport.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  ])('refuses $what as type_not_allowed and leaves nothing behind', async ({ bytes, filename, contentType }) => {
    const resource = await resourceOfA();
    const response = await uploadFile(t, member.cookie, resource.id, bytes, { filename, contentType });
    expectValidationFailed(response, [{ path: ['file'], code: 'type_not_allowed' }]);
    expect(response.body.message).toMatch(/PDF/);
    await expectNothingLeft(t, resource);
  });

  it('refuses an empty file', async () => {
    const resource = await resourceOfA();
    expectValidationFailed(await uploadFile(t, member.cookie, resource.id, Buffer.alloc(0), { filename: 'tom.pdf', contentType: 'application/pdf' }), [
      { path: ['file'], code: 'empty', message: 'The file is empty (0 bytes).' },
    ]);
    await expectNothingLeft(t, resource);
  });

  it('refuses a request without the file: no multipart, no file part, the file in another field', async () => {
    const resource = await resourceOfA();
    const json = await post(resource.id).send({ file: samplePdf('Plan').toString('base64') });
    expectValidationFailed(json, [{ path: ['file'], code: 'missing' }]);
    const fieldsOnly = await post(resource.id).field('replaces', UNKNOWN_ID);
    expectValidationFailed(fieldsOnly, [{ path: ['file'], code: 'missing', message: 'Choose a file: the multipart field "file" is missing.' }]);
    const wrongField = await uploadFile(t, member.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf', field: 'dokument' });
    expectValidationFailed(wrongField, [{ path: ['file'], code: 'missing', message: 'The file goes in the field "file", not "dokument".' }]);
    await expectNothingLeft(t, resource);
  });

  it('refuses two files in one upload and fields it does not know', async () => {
    const resource = await resourceOfA();
    const two = await post(resource.id).attach('file', samplePdf('Ett'), 'ett.pdf').attach('file', samplePdf('Två'), 'tva.pdf');
    expectValidationFailed(two, [{ path: ['file'], code: 'too_many_files' }]);
    const unknownField = await post(resource.id).field('title', 'Ny titel').attach('file', samplePdf('Plan'), 'plan.pdf');
    expectValidationFailed(unknownField, [{ path: [], code: 'unrecognized_keys' }]);
    await expectNothingLeft(t, resource);
  });

  it('takes a file of the largest allowed size (25 MB unless configured)', async () => {
    const resource = await resourceOfA();
    const largest = Buffer.alloc(25 * MB, 'a');
    const response = await uploadFile(t, member.cookie, resource.id, largest, { filename: 'stor.txt', contentType: 'text/plain' }).expect(201);
    expect(ResourceSchema.parse(response.body).files[0]!.current).toMatchObject({ type: 'txt', sizeBytes: 25 * MB });
  });

  describe('with RESOURCE_FILE_MAX_MB=1', () => {
    let small: TestApp;
    beforeAll(async () => {
      process.env.RESOURCE_FILE_MAX_MB = '1';
      try {
        small = await createTestApp();
      } finally {
        delete process.env.RESOURCE_FILE_MAX_MB;
      }
    });
    afterAll(() => small.close());

    it('tells forms the configured limit and the allowed types', async () => {
      const rules = ResourceFileRulesSchema.parse((await asApp(request(small.http).get('/api/resources/file-rules'), { cookie: member.cookie }).expect(200)).body);
      expect(rules).toEqual({ maxBytes: MB, types: ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'txt', 'png', 'jpeg'] });
    });

    it('refuses a file one byte over the limit with 413 too_large and leaves nothing behind, and takes one at the limit', async () => {
      const resource = await resourceOfA();
      const over = await uploadFile(small, member.cookie, resource.id, Buffer.alloc(MB + 1, 'a'), { filename: 'stor.txt', contentType: 'text/plain' });
      expectError(over, 413, 'PAYLOAD_TOO_LARGE');
      expect(over.body.details).toEqual({
        issues: [{ path: ['file'], code: 'too_large', message: 'The file is larger than 1 MB, the most a resource file may be.' }],
      });
      await expectNothingLeft(small, resource);

      const atLimit = await uploadFile(small, member.cookie, resource.id, sampleTxt('a'.repeat(MB)), { filename: 'stor.txt', contentType: 'text/plain' }).expect(201);
      expect(ResourceSchema.parse(atLimit.body).files[0]!.current.sizeBytes).toBe(MB);
    });
  });
});
