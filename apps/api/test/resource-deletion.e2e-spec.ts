import { Logger } from '@nestjs/common';
import type { Prisma } from '@repo/db';
import { createResource, type ResourceInput } from '@repo/test-factories';
import request from 'supertest';
import { expectError } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { asApp, createPrincipal, createWorld, type World } from './utils/principals';
import { sendWhileChanged, storageOf, storeResourceFile } from './utils/resources';

describe('DELETE /api/resources/:id', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const remove = (id: string, cookie: string) => asApp(request(t.http).delete(`/api/resources/${id}`), { cookie });
  const read = (path: string, cookie: string) => asApp(request(t.http).get(path), { cookie });

  /** A resource of agency A unless told otherwise. */
  const resource = (overrides: ResourceInput = {}) => createResource(t.prisma, { ownerAgencyId: world.agencyA.id, ...overrides });

  it('removes the resource, its files and every stored version, and audits it', async () => {
    const member = await createPrincipal(t, world, 'member');
    const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
    const created = await resource({ competenceIds: [avhopparstod.id] });
    const first = await storeResourceFile(t, created.id, [{ name: 'a.txt' }, { name: 'b.txt' }]);
    const second = await storeResourceFile(t, created.id, [{ name: 'c.txt' }]);
    const keys = [...first.versions, ...second.versions].map((version) => version.storageKey);
    for (const key of keys) expect(await storageOf(t).exists(key)).toBe(true);

    const response = await remove(created.id, member.cookie).expect(204);
    expect(response.text).toBe('');
    expect(await t.prisma.resource.count({ where: { id: created.id } })).toBe(0);
    expect(await t.prisma.resourceFile.count({ where: { resourceId: created.id } })).toBe(0);
    expect(await t.prisma.resourceFileVersion.count({ where: { storageKey: { in: keys } } })).toBe(0);
    expect(await t.prisma.resourceCompetence.count({ where: { resourceId: created.id } })).toBe(0);
    for (const key of keys) expect(await storageOf(t).exists(key)).toBe(false);
    expect(await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'resource.deleted', targetId: created.id, actorId: member.id } })).toMatchObject({
      targetLabel: created.title,
      details: { storedFiles: 3 },
    });
    expectError(await read(`/api/resources/${created.id}`, member.cookie), 404, 'NOT_FOUND');
  });

  it('lets a coordinator delete any resource', async () => {
    const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
    const created = await resource({ status: 'DRAFT', visibility: 'OWNER_AGENCY' });
    await remove(created.id, coordinator.cookie).expect(204);
    expect(await t.prisma.resource.count({ where: { id: created.id } })).toBe(0);
  });

  it('still deletes the resource when the storage fails, logging the keys it could not remove', async () => {
    const member = await createPrincipal(t, world, 'member');
    const created = await resource();
    const { versions } = await storeResourceFile(t, created.id, [{ name: 'kvar.txt' }, { name: 'borta.txt' }]);
    const [stuck, removed] = versions.map((version) => version.storageKey) as [string, string];
    const storage = storageOf(t);
    const original = storage.delete.bind(storage);
    jest.spyOn(storage, 'delete').mockImplementation(async (key) => {
      if (key === stuck) throw new Error('The storage is unreachable');
      return original(key);
    });
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

    await remove(created.id, member.cookie).expect(204);
    expect(await t.prisma.resource.count({ where: { id: created.id } })).toBe(0);
    expect(await storage.exists(removed)).toBe(false);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ resourceId: created.id, storageKeys: [stuck] }), expect.any(String));
    await original(stuck);
  });

  it('checks the rights on the row as it is when the deletion gets its turn: 403 once the resource has moved to another agency', async () => {
    const member = await createPrincipal(t, world, 'member');
    const created = await resource();
    const deletion = remove(created.id, member.cookie);
    const moved = (tx: Prisma.TransactionClient) => tx.resource.update({ where: { id: created.id }, data: { ownerAgencyId: world.agencyB.id, version: { increment: 1 } } });
    expectError(await sendWhileChanged(t, created.id, deletion, moved), 403, 'FORBIDDEN');
    expect(await t.prisma.resource.count({ where: { id: created.id } })).toBe(1);
    expect(await t.prisma.auditEvent.count({ where: { action: 'resource.deleted', targetId: created.id } })).toBe(0);
  });
});
