import { ResourceSchema } from '@repo/contracts';
import { createResource, samplePdf, sampleTxt, type ResourceInput } from '@repo/test-factories';
import request from 'supertest';
import { AuditService } from '../src/common/audit/audit.service';
import { expectError } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { UNKNOWN_ID } from './utils/made-up';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';
import { downloadBytes, fileRows, storedKeys, uploadFile } from './utils/resource-files';

describe('resource file versions and deletion (/api/resources/:id/files)', () => {
  let t: TestApp;
  let world: World;
  let memberA: Principal;
  let otherMemberA: Principal;
  let memberB: Principal;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
    memberA = await createPrincipal(t, world, 'member', { name: 'Sara Lindberg' });
    otherMemberA = await createPrincipal(t, world, 'member', { name: 'Omar Haddad' });
    memberB = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const resourceOfA = (input: ResourceInput = {}) => createResource(t.prisma, { ownerAgencyId: world.agencyA.id, ...input });
  const remove = (cookie: string | undefined, resourceId: string, fileId: string) =>
    asApp(request(t.http).delete(`/api/resources/${resourceId}/files/${fileId}`), { cookie });

  async function upload(principal: Principal, resourceId: string, content: Buffer, filename: string, replaces?: string) {
    return ResourceSchema.parse((await uploadFile(t, principal.cookie, resourceId, content, { filename, replaces }).expect(201)).body);
  }

  describe('versions', () => {
    it('keeps every version with who uploaded it and when; the newest is current and each downloads its own bytes', async () => {
      const resource = await resourceOfA();
      const contents = [samplePdf('Version ett'), samplePdf('Version två'), sampleTxt('Version tre, som text.\n')];
      const first = await upload(memberA, resource.id, contents[0]!, 'Handlingsplan.pdf');
      const fileId = first.files[0]!.id;
      const before = Date.now();
      await upload(otherMemberA, resource.id, contents[1]!, 'Handlingsplan v2.pdf', fileId);
      const third = await upload(memberA, resource.id, contents[2]!, 'Handlingsplan v3.txt', fileId);

      expect(third.version).toBe(resource.version + 3);
      expect(third.files).toHaveLength(1);
      const [file] = third.files;
      expect(file!.id).toBe(fileId);
      expect(file!.current).toMatchObject({ number: 3, name: 'Handlingsplan v3.txt', type: 'txt', uploadedBy: { id: memberA.id, name: 'Sara Lindberg' } });
      expect(file!.earlier).toEqual([
        expect.objectContaining({ number: 2, name: 'Handlingsplan v2.pdf', type: 'pdf', uploadedBy: { id: otherMemberA.id, name: 'Omar Haddad' } }),
        expect.objectContaining({ number: 1, name: 'Handlingsplan.pdf', type: 'pdf', uploadedBy: { id: memberA.id, name: 'Sara Lindberg' } }),
      ]);
      expect(Date.parse(file!.earlier[0]!.uploadedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(file!.current.uploadedAt)).toBeGreaterThanOrEqual(Date.parse(file!.earlier[0]!.uploadedAt));

      const path = `/api/resources/${resource.id}/files/${fileId}`;
      const current = await downloadBytes(t, memberB.cookie, path).expect(200);
      expect(Buffer.compare(current.body as Buffer, contents[2]!)).toBe(0);
      for (const [index, content] of contents.entries()) {
        const version = await downloadBytes(t, memberB.cookie, `${path}/versions/${index + 1}`).expect(200);
        expect(Buffer.compare(version.body as Buffer, content)).toBe(0);
      }
      const second = await downloadBytes(t, memberB.cookie, `${path}/versions/2`).expect(200);
      expect(second.headers['content-type']).toBe('application/pdf');
      expect(second.headers['content-disposition']).toContain("filename*=UTF-8''Handlingsplan%20v2.pdf");

      expect(await storedKeys(t, resource.id)).toHaveLength(3);
      const audits = await t.prisma.auditEvent.findMany({ where: { action: 'resource.file_uploaded', targetId: resource.id }, orderBy: { at: 'asc' }, select: { actorId: true, details: true } });
      expect(audits.map((audit) => [audit.actorId, (audit.details as { fileId: string; number: number }).fileId, (audit.details as { number: number }).number])).toEqual([
        [memberA.id, fileId, 1],
        [otherMemberA.id, fileId, 2],
        [memberA.id, fileId, 3],
      ]);
    });

    it('numbers versions uploaded at the same time one after the other', async () => {
      const resource = await resourceOfA();
      const fileId = (await upload(memberA, resource.id, samplePdf('Ett'), 'plan.pdf')).files[0]!.id;
      const responses = await Promise.all(
        ['Två', 'Tre', 'Fyra'].map((text) => uploadFile(t, memberA.cookie, resource.id, samplePdf(text), { filename: 'plan.pdf', replaces: fileId })),
      );
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
      const numbers = await t.prisma.resourceFileVersion.findMany({ where: { fileId }, select: { number: true }, orderBy: { number: 'asc' } });
      expect(numbers.map(({ number }) => number)).toEqual([1, 2, 3, 4]);
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: resource.id }, select: { version: true } })).toEqual({ version: resource.version + 4 });
    });

    it('refuses to replace a file of another resource or an unknown one, and stores nothing', async () => {
      const resource = await resourceOfA();
      const other = await resourceOfA();
      const otherFileId = (await upload(memberA, other.id, samplePdf('Annan'), 'annan.pdf')).files[0]!.id;
      for (const replaces of [otherFileId, UNKNOWN_ID]) {
        const response = await uploadFile(t, memberA.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf', replaces });
        expectError(response, 404, 'NOT_FOUND');
        expect(response.body.details.issues).toEqual([expect.objectContaining({ path: ['replaces'], code: 'not_found' })]);
      }
      const malformed = await uploadFile(t, memberA.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf', replaces: 'fil-1' });
      expectError(malformed, 400, 'VALIDATION_FAILED');
      expect(malformed.body.details.issues).toEqual([expect.objectContaining({ path: ['replaces'] })]);
      expect(await fileRows(t, resource.id)).toEqual({ files: 0, versions: 0 });
      expect(await storedKeys(t, resource.id)).toEqual([]);
      expect(await fileRows(t, other.id)).toEqual({ files: 1, versions: 1 });
    });

    it('removes the stored bytes again when the database write fails', async () => {
      const resource = await resourceOfA();
      jest.spyOn(AuditService.prototype, 'record').mockRejectedValueOnce(new Error('the database went away'));
      const response = await uploadFile(t, memberA.cookie, resource.id, samplePdf('Plan'), { filename: 'plan.pdf' });
      expectError(response, 500, 'INTERNAL_ERROR');
      expect(await fileRows(t, resource.id)).toEqual({ files: 0, versions: 0 });
      expect(await storedKeys(t, resource.id)).toEqual([]);
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: resource.id }, select: { version: true } })).toEqual({ version: resource.version });
    });
  });

  describe('DELETE /api/resources/:id/files/:fileId', () => {
    it('removes the file, every version of it and their stored bytes, and audits it', async () => {
      const resource = await resourceOfA();
      const kept = (await upload(memberA, resource.id, samplePdf('Behålls'), 'kvar.pdf')).files[0]!;
      const fileId = (await upload(memberA, resource.id, samplePdf('Ett'), 'plan.pdf')).files[1]!.id;
      await upload(memberA, resource.id, samplePdf('Två'), 'plan v2.pdf', fileId);
      const keptKey = (await t.prisma.resourceFileVersion.findFirstOrThrow({ where: { fileId: kept.id }, select: { storageKey: true } })).storageKey;
      expect(await storedKeys(t, resource.id)).toHaveLength(3);

      await remove(memberA.cookie, resource.id, fileId).expect(204);
      expect(await fileRows(t, resource.id)).toEqual({ files: 1, versions: 1 });
      expect(await storedKeys(t, resource.id)).toEqual([keptKey]);
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${resource.id}/files/${fileId}`), 404, 'NOT_FOUND');
      expectError(await downloadBytes(t, memberA.cookie, `/api/resources/${resource.id}/files/${fileId}/versions/1`), 404, 'NOT_FOUND');

      const after = await t.prisma.resource.findUniqueOrThrow({ where: { id: resource.id }, select: { version: true } });
      expect(after.version).toBe(resource.version + 4);
      expect(await t.prisma.auditEvent.findMany({ where: { action: 'resource.file_deleted', targetId: resource.id }, select: { actorId: true, targetType: true, details: true } })).toEqual([
        { actorId: memberA.id, targetType: 'resource', details: { fileId, name: 'plan v2.pdf', versions: 2 } },
      ]);
      expectError(await remove(memberA.cookie, resource.id, fileId), 404, 'NOT_FOUND');
    });

    it('refuses to take the last file of a published resource without a link (409), but not of one with a link or a draft', async () => {
      const published = await resourceOfA({ linkUrl: null, status: 'DRAFT' });
      const fileId = (await upload(memberA, published.id, samplePdf('Enda'), 'enda.pdf')).files[0]!.id;
      await t.prisma.resource.update({ where: { id: published.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
      const refused = expectError(await remove(memberA.cookie, published.id, fileId), 409, 'CONFLICT');
      expect(refused.details).toEqual({ reason: 'link_or_file_required' });
      expect(await fileRows(t, published.id)).toEqual({ files: 1, versions: 1 });
      expect(await storedKeys(t, published.id)).toHaveLength(1);
      expect(await t.prisma.auditEvent.count({ where: { action: 'resource.file_deleted', targetId: published.id } })).toBe(0);

      const withLink = await resourceOfA();
      const linkedFileId = (await upload(memberA, withLink.id, samplePdf('Länkad'), 'l.pdf')).files[0]!.id;
      await remove(memberA.cookie, withLink.id, linkedFileId).expect(204);

      const draft = await resourceOfA({ linkUrl: null, status: 'DRAFT' });
      const draftFileId = (await upload(memberA, draft.id, samplePdf('Utkast'), 'u.pdf')).files[0]!.id;
      await remove(memberA.cookie, draft.id, draftFileId).expect(204);
      expect(await storedKeys(t, draft.id)).toEqual([]);
    });

    it('is 403 for another agency’s member on a network resource, 404 on a hidden one, 401 signed out; nothing is removed', async () => {
      const network = await resourceOfA();
      const hidden = await resourceOfA({ visibility: 'OWNER_AGENCY' });
      const networkFile = (await upload(memberA, network.id, samplePdf('N'), 'n.pdf')).files[0]!.id;
      const hiddenFile = (await upload(memberA, hidden.id, samplePdf('H'), 'h.pdf')).files[0]!.id;
      expectError(await remove(memberB.cookie, network.id, networkFile), 403, 'FORBIDDEN');
      expectError(await remove(memberB.cookie, hidden.id, hiddenFile), 404, 'NOT_FOUND');
      expectError(await remove(undefined, network.id, networkFile), 401, 'UNAUTHENTICATED');
      expectError(await remove(memberA.cookie, network.id, hiddenFile), 404, 'NOT_FOUND');
      expect(await storedKeys(t, network.id)).toHaveLength(1);
      expect(await storedKeys(t, hidden.id)).toHaveLength(1);
      const coordinatorB = await createPrincipal(t, world, 'coordinatorOutOfScope');
      await remove(coordinatorB.cookie, hidden.id, hiddenFile).expect(204);
      expect(await storedKeys(t, hidden.id)).toEqual([]);
    });
  });

  it('deleting the resource removes the stored bytes of all its files and versions', async () => {
    const resource = await resourceOfA();
    const fileId = (await upload(memberA, resource.id, samplePdf('Ett'), 'a.pdf')).files[0]!.id;
    await upload(memberA, resource.id, samplePdf('Två'), 'a.pdf', fileId);
    await upload(memberA, resource.id, sampleTxt('Tre'), 'b.txt');
    expect(await storedKeys(t, resource.id)).toHaveLength(3);
    await asApp(request(t.http).delete(`/api/resources/${resource.id}`), { cookie: memberA.cookie }).expect(204);
    expect(await storedKeys(t, resource.id)).toEqual([]);
    expect(await fileRows(t, resource.id)).toEqual({ files: 0, versions: 0 });
  });
});
