import { PERSONAL_IDENTITY_NUMBER_MESSAGE, ResourceSchema, type Resource } from '@repo/contracts';
import { createAgency, createContact, createResource, unique, type ResourceInput } from '@repo/test-factories';
import request from 'supertest';
import { AuditService } from '../src/common/audit/audit.service';
import { expectError, expectValidationFailed } from './utils/auth-helpers';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { UNKNOWN_ID } from './utils/made-up';
import { asApp, createPrincipal, createWorld, type Principal, type World } from './utils/principals';
import { sendWhileChanged, storeResourceFile } from './utils/resources';

describe('resources', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const send = (method: 'post' | 'patch' | 'delete', path: string, cookie: string, body?: object) => {
    const test = asApp(request(t.http)[method](path), { cookie });
    return body ? test.send(body) : test;
  };
  const read = (path: string, cookie: string) => asApp(request(t.http).get(path), { cookie });
  const fetchResource = async (id: string, principal: Principal): Promise<Resource> => ResourceSchema.parse((await read(`/api/resources/${id}`, principal.cookie).expect(200)).body);

  const input = (overrides: object = {}) => ({ title: 'Lokal handlingsplan mot våldsbejakande extremism', kind: 'ACTION_PLAN', ...overrides });

  /** A resource of agency A unless told otherwise. */
  const resource = (overrides: ResourceInput = {}) => createResource(t.prisma, { ownerAgencyId: world.agencyA.id, ...overrides });

  describe('POST /api/resources', () => {
    it("shares a member's draft for their own agency, with them as author and their roster entry as contact", async () => {
      const member = await createPrincipal(t, world, 'member');
      const own = await createContact(t.prisma, { agencyId: world.agencyA.id, userId: member.id, name: 'Sara Lindberg' });
      const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
      const response = await send('post', '/api/resources', member.cookie, {
        ...input(),
        summary: 'Ett fiktivt exempel på en kommunal handlingsplan.',
        language: 'sv',
        linkUrl: 'https://kil.example/handlingsplan',
        sectors: ['SCHOOL', 'SOCIAL_SERVICES', 'SCHOOL'],
        municipalityCodes: ['1715', '1784', '1715'],
        competenceIds: [avhopparstod.id, avhopparstod.id],
      }).expect(201);
      const created = ResourceSchema.parse(response.body);
      expect(created).toMatchObject({
        title: 'Lokal handlingsplan mot våldsbejakande extremism',
        summary: 'Ett fiktivt exempel på en kommunal handlingsplan.',
        kind: 'ACTION_PLAN',
        language: 'sv',
        linkUrl: 'https://kil.example/handlingsplan',
        hasLink: true,
        fileCount: 0,
        files: [],
        ownerAgency: { id: world.agencyA.id, name: world.agencyA.name },
        contact: { id: own.id, name: 'Sara Lindberg' },
        createdBy: { id: member.id },
        sectors: ['SCHOOL', 'SOCIAL_SERVICES'],
        municipalityCodes: ['1715', '1784'],
        competences: [{ id: avhopparstod.id, slug: 'avhopparstod' }],
        visibility: 'NETWORK',
        status: 'DRAFT',
        publishedAt: null,
        canEdit: true,
        version: 1,
      });
      expect(await t.prisma.auditEvent.count({ where: { action: 'resource.created', targetId: created.id, actorId: member.id } })).toBe(1);
    });

    it('publishes at once with a link, dating it, and refuses to publish without one (409), writing nothing', async () => {
      const member = await createPrincipal(t, world, 'member');
      const published = ResourceSchema.parse(
        (await send('post', '/api/resources', member.cookie, input({ status: 'PUBLISHED', linkUrl: 'mailto:stodlinjen@kil.example' })).expect(201)).body,
      );
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String), linkUrl: 'mailto:stodlinjen@kil.example' });

      const refused = expectError(await send('post', '/api/resources', member.cookie, input({ status: 'PUBLISHED', title: 'Utan länk' })), 409, 'CONFLICT');
      expect(refused.details).toEqual({ reason: 'link_or_file_required' });
      expect(await t.prisma.resource.count({ where: { createdById: member.id } })).toBe(1);
    });

    it('stores a link with its scheme in lower case and the rest as written, on create and on edit', async () => {
      const member = await createPrincipal(t, world, 'member');
      const create = async (linkUrl: string) => ResourceSchema.parse((await send('post', '/api/resources', member.cookie, input({ status: 'PUBLISHED', linkUrl })).expect(201)).body);
      expect((await create('Mailto:Stodlinjen@Kil.example')).linkUrl).toBe('mailto:Stodlinjen@Kil.example');
      const web = await create('HTTPS://Kil.example/Plan');
      expect(web.linkUrl).toBe('https://Kil.example/Plan');
      const edited = await send('patch', `/api/resources/${web.id}`, member.cookie, { version: web.version, linkUrl: ' hTTpS://Kil.example/Ny-Plan ' }).expect(200);
      expect(ResourceSchema.parse(edited.body).linkUrl).toBe('https://Kil.example/Ny-Plan');
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: web.id }, select: { linkUrl: true } })).toEqual({ linkUrl: 'https://Kil.example/Ny-Plan' });
    });

    it('lets a coordinator share for another agency, and refuses a member with 403, writing nothing', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');
      const member = await createPrincipal(t, world, 'member');
      const agency = await createAgency(t.prisma);
      const contact = await createContact(t.prisma, { agencyId: agency.id });
      const byCoordinator = ResourceSchema.parse(
        (await send('post', '/api/resources', coordinator.cookie, input({ ownerAgencyId: agency.id, contactId: contact.id })).expect(201)).body,
      );
      expect(byCoordinator).toMatchObject({ ownerAgency: { id: agency.id }, contact: { id: contact.id }, createdBy: { id: coordinator.id }, canEdit: true });

      expectError(await send('post', '/api/resources', member.cookie, input({ ownerAgencyId: agency.id })), 403, 'FORBIDDEN');
      expect(await t.prisma.resource.count({ where: { ownerAgencyId: agency.id } })).toBe(1);
      // Naming their own agency is the same as leaving it out.
      await send('post', '/api/resources', member.cookie, input({ ownerAgencyId: world.agencyA.id })).expect(201);
    });

    describe('refuses bad input with the field and writes nothing', () => {
      const archivedAgency = async () => (await t.prisma.agency.update({ where: { id: (await createAgency(t.prisma)).id }, data: { archivedAt: new Date() } })).id;
      const competence = async (archivedAt: Date | null) => {
        const slug = unique('kompetens');
        return (await t.prisma.competence.create({ data: { slug, nameSv: slug, nameEn: slug, archivedAt } })).id;
      };

      const cases: [string, (agencyId: string) => Promise<object>, (string | number)[], string][] = [
        ['an unknown kind', async () => ({ kind: 'POSTER' }), ['kind'], 'invalid_value'],
        ['an http: link', async () => ({ linkUrl: 'http://kil.example/handlingsplan' }), ['linkUrl'], 'custom'],
        ['a javascript: link', async () => ({ linkUrl: 'javascript:alert(1)' }), ['linkUrl'], 'custom'],
        ['a data: link', async () => ({ linkUrl: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }), ['linkUrl'], 'custom'],
        ['a file: link', async () => ({ linkUrl: 'file:///etc/passwd' }), ['linkUrl'], 'custom'],
        ['a personal identity number in the title', async () => ({ title: 'Plan för 811218-9876' }), ['title'], 'custom'],
        ['a personal identity number in the summary', async () => ({ summary: 'Gäller 19811218-9876.' }), ['summary'], 'custom'],
        ['an unknown language', async () => ({ language: 'xx' }), ['language'], 'invalid_value'],
        ['an unknown competence', async () => ({ competenceIds: [UNKNOWN_ID] }), ['competenceIds'], 'not_found'],
        ['an archived competence', async () => ({ competenceIds: [await competence(new Date())] }), ['competenceIds'], 'not_found'],
        ['an unknown municipality', async () => ({ municipalityCodes: ['1784', '9999'] }), ['municipalityCodes'], 'not_found'],
        ['an unknown contact', async () => ({ contactId: UNKNOWN_ID }), ['contactId'], 'not_found'],
        ['a contact of another agency', async () => ({ contactId: (await createContact(t.prisma, { agencyId: world.agencyB.id })).id }), ['contactId'], 'other_agency'],
        ['an unknown owner agency', async () => ({ ownerAgencyId: UNKNOWN_ID }), ['ownerAgencyId'], 'not_found'],
        ['an archived owner agency', async () => ({ ownerAgencyId: await archivedAgency() }), ['ownerAgencyId'], 'not_found'],
        ['an unknown field', async () => ({ createdById: UNKNOWN_ID }), [], 'unrecognized_keys'],
      ];

      it.each(cases)('%s', async (_name, fields, path, code) => {
        // An administrator (who may name any owner agency) of an agency of its own, so the count sees only what this request might write.
        const agency = await createAgency(t.prisma);
        const author = await createPrincipal(t, world, 'admin', { agencyId: agency.id });
        const response = await send('post', '/api/resources', author.cookie, input(await fields(agency.id)));
        expectValidationFailed(response, [{ path, code, ...(code === 'custom' && path[0] !== 'linkUrl' ? { message: PERSONAL_IDENTITY_NUMBER_MESSAGE } : {}) }]);
        expect(await t.prisma.resource.count({ where: { OR: [{ ownerAgencyId: agency.id }, { createdById: author.id }] } })).toBe(0);
        expect(await t.prisma.auditEvent.count({ where: { action: 'resource.created', actorId: author.id } })).toBe(0);
      });

      it('names every bad field at once', async () => {
        const member = await createPrincipal(t, world, 'member');
        const response = await send('post', '/api/resources', member.cookie, input({ municipalityCodes: ['9999'], contactId: UNKNOWN_ID, competenceIds: [UNKNOWN_ID] }));
        expectValidationFailed(response, [
          { path: ['contactId'], code: 'not_found' },
          { path: ['municipalityCodes'], code: 'not_found' },
          { path: ['competenceIds'], code: 'not_found' },
        ]);
        expect(await t.prisma.resource.count({ where: { createdById: member.id } })).toBe(0);
      });
    });

    it('leaves nothing behind when the write fails half-way', async () => {
      const member = await createPrincipal(t, world, 'member');
      const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
      jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('The audit log is unreachable'));
      const title = `Halvfärdig ${unique('resurs')}`;
      expectError(await send('post', '/api/resources', member.cookie, input({ title, competenceIds: [avhopparstod.id] })), 500, 'INTERNAL_ERROR');
      expect(await t.prisma.resource.count({ where: { title } })).toBe(0);
      expect(await t.prisma.resourceCompetence.count({ where: { resource: { createdById: member.id } } })).toBe(0);
    });
  });

  describe('GET /api/resources/:id', () => {
    it('answers 404 for an unknown resource', async () => {
      const member = await createPrincipal(t, world, 'member');
      expectError(await read(`/api/resources/${UNKNOWN_ID}`, member.cookie), 404, 'NOT_FOUND');
    });

    it("shows drafts and owner-agency resources to the owner agency and coordinators only: 404 for another agency's member", async () => {
      const draft = await resource({ status: 'DRAFT' });
      const internal = await resource({ visibility: 'OWNER_AGENCY' });
      const open = await resource();
      const colleague = await createPrincipal(t, world, 'member');
      const stranger = await createPrincipal(t, world, 'member', { agencyId: world.agencyB.id });
      const coordinator = await createPrincipal(t, world, 'coordinatorOutOfScope');

      for (const { id } of [draft, internal]) {
        expect((await fetchResource(id, colleague)).canEdit).toBe(true);
        expect((await fetchResource(id, coordinator)).canEdit).toBe(true);
        expectError(await read(`/api/resources/${id}`, stranger.cookie), 404, 'NOT_FOUND');
        // Nor can an outsider change or delete it, or learn that it exists by trying.
        expectError(await send('patch', `/api/resources/${id}`, stranger.cookie, { version: 1, title: 'Nytt namn' }), 404, 'NOT_FOUND');
        expectError(await send('delete', `/api/resources/${id}`, stranger.cookie), 404, 'NOT_FOUND');
      }
      expect(await fetchResource(open.id, stranger)).toMatchObject({ id: open.id, status: 'PUBLISHED', visibility: 'NETWORK', canEdit: false });
    });

    it('lists each file with its current version and the earlier ones, newest first, with who uploaded them', async () => {
      const member = await createPrincipal(t, world, 'member');
      const { id } = await resource();
      const plan = await storeResourceFile(t, id, [
        { name: 'Handlingsplan.pdf', type: 'pdf', uploadedById: member.id, uploadedAt: new Date('2026-01-10T09:00:00Z') },
        { name: 'Handlingsplan rev.pdf', type: 'pdf', uploadedById: member.id, uploadedAt: new Date('2026-03-10T09:00:00Z') },
        { name: 'Handlingsplan 2026.docx', type: 'docx', uploadedById: null, uploadedAt: new Date('2026-05-10T09:00:00Z') },
      ]);
      const list = await storeResourceFile(t, id, [{ name: 'Stödlinjer.txt', uploadedById: member.id }]);

      const shown = await fetchResource(id, member);
      expect(shown.fileCount).toBe(2);
      expect(shown.files.map((file) => file.id)).toEqual([plan.fileId, list.fileId]);
      expect(shown.files[0]).toEqual({
        id: plan.fileId,
        current: {
          id: plan.versions[2]!.id,
          number: 3,
          name: 'Handlingsplan 2026.docx',
          type: 'docx',
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          sizeBytes: plan.versions[2]!.sizeBytes,
          sha256: plan.versions[2]!.sha256,
          uploadedBy: null,
          uploadedAt: '2026-05-10T09:00:00.000Z',
        },
        earlier: [
          expect.objectContaining({ number: 2, name: 'Handlingsplan rev.pdf', type: 'pdf', uploadedBy: { id: member.id, name: expect.any(String) } }),
          expect.objectContaining({ number: 1, name: 'Handlingsplan.pdf', uploadedAt: '2026-01-10T09:00:00.000Z' }),
        ],
      });
      expect(shown.files[1]).toMatchObject({ current: { number: 1, name: 'Stödlinjer.txt', type: 'txt', mediaType: 'text/plain; charset=utf-8' }, earlier: [] });
    });
  });

  describe('PATCH /api/resources/:id', () => {
    it('lets the owner agency edit, raising the version and auditing each changed field', async () => {
      const member = await createPrincipal(t, world, 'member');
      const avhopparstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'avhopparstod' } });
      const anhorigstod = await t.prisma.competence.findUniqueOrThrow({ where: { slug: 'anhorigstod' } });
      const created = await resource({ title: 'Gammal titel', competenceIds: [avhopparstod.id], sectors: ['SCHOOL'] });
      const response = await send('patch', `/api/resources/${created.id}`, member.cookie, {
        version: created.version,
        title: 'Ny titel',
        kind: 'METHOD_GUIDE',
        competenceIds: [anhorigstod.id],
        sectors: [],
        language: 'en',
      }).expect(200);
      expect(ResourceSchema.parse(response.body)).toMatchObject({
        title: 'Ny titel',
        kind: 'METHOD_GUIDE',
        competences: [{ id: anhorigstod.id }],
        sectors: [],
        language: 'en',
        version: created.version + 1,
        canEdit: true,
      });
      const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'resource.updated', targetId: created.id, actorId: member.id } });
      expect(audit.details).toEqual({
        changes: {
          title: { from: 'Gammal titel', to: 'Ny titel' },
          kind: { from: 'ACTION_PLAN', to: 'METHOD_GUIDE' },
          language: { from: 'sv', to: 'en' },
          sectors: { from: ['SCHOOL'], to: [] },
          competenceIds: { from: [avhopparstod.id], to: [anhorigstod.id] },
        },
      });
    });

    it("refuses another agency's member with 403 and lets coordinators edit any resource", async () => {
      const created = await resource({ ownerAgencyId: world.agencyB.id, title: 'Kils lägesbild' });
      const member = await createPrincipal(t, world, 'member');
      expectError(await send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, title: 'Kapad' }), 403, 'FORBIDDEN');
      expectError(await send('delete', `/api/resources/${created.id}`, member.cookie), 403, 'FORBIDDEN');
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, version: true } })).toEqual({ title: 'Kils lägesbild', version: 1 });

      for (const kind of ['coordinatorInScope', 'admin'] as const) {
        const coordinator = await createPrincipal(t, world, kind);
        const { version } = await t.prisma.resource.findUniqueOrThrow({ where: { id: created.id } });
        await send('patch', `/api/resources/${created.id}`, coordinator.cookie, { version, summary: `Granskad av ${kind}` }).expect(200);
      }
    });

    it('refuses a stale version with 412 and the current version, changing nothing', async () => {
      const member = await createPrincipal(t, world, 'member');
      const created = await resource({ title: 'Före' });
      await send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, title: 'Först' }).expect(200);
      const stale = expectError(await send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, title: 'Sent' }), 412, 'VERSION_CONFLICT');
      expect(stale.details).toEqual({ currentVersion: created.version + 1 });
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: created.id }, select: { title: true } })).toEqual({ title: 'Först' });
    });

    it('compares the version on the row as it is when the edit gets its turn: 412 with the version saved meanwhile', async () => {
      const member = await createPrincipal(t, world, 'member');
      const created = await resource({ title: 'Före' });
      const mine = send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, title: 'Min' });
      const refused = await sendWhileChanged(t, created.id, mine, (tx) => tx.resource.update({ where: { id: created.id }, data: { title: 'Deras', version: { increment: 1 } } }));
      expect(expectError(refused, 412, 'VERSION_CONFLICT').details).toEqual({ currentVersion: created.version + 1 });
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: created.id }, select: { title: true } })).toEqual({ title: 'Deras' });
    });

    it('publishes only with a link or a file (409 otherwise), and dates only the first publishing', async () => {
      const member = await createPrincipal(t, world, 'member');
      const draft = await resource({ status: 'DRAFT', linkUrl: null });
      const path = `/api/resources/${draft.id}`;
      const refused = expectError(await send('patch', path, member.cookie, { version: draft.version, status: 'PUBLISHED' }), 409, 'CONFLICT');
      expect(refused.details).toEqual({ reason: 'link_or_file_required' });
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, version: true, publishedAt: true } })).toEqual({
        status: 'DRAFT',
        version: draft.version,
        publishedAt: null,
      });

      await storeResourceFile(t, draft.id, [{ name: 'Plan.txt' }]);
      const published = ResourceSchema.parse((await send('patch', path, member.cookie, { version: draft.version, status: 'PUBLISHED' }).expect(200)).body);
      expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });
      const unpublished = ResourceSchema.parse((await send('patch', path, member.cookie, { version: published.version, status: 'DRAFT' }).expect(200)).body);
      expect(unpublished).toMatchObject({ status: 'DRAFT', publishedAt: published.publishedAt });
      const again = ResourceSchema.parse((await send('patch', path, member.cookie, { version: unpublished.version, status: 'PUBLISHED' }).expect(200)).body);
      expect(again.publishedAt).toBe(published.publishedAt);
    });

    it('keeps a published resource from losing its only link (409)', async () => {
      const member = await createPrincipal(t, world, 'member');
      const created = await resource();
      expectError(await send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, linkUrl: null }), 409, 'CONFLICT');
      await send('patch', `/api/resources/${created.id}`, member.cookie, { version: created.version, linkUrl: 'https://ny.example/plan' }).expect(200);
    });

    it('refuses bad input with the field and leaves the row unchanged', async () => {
      const member = await createPrincipal(t, world, 'member');
      const created = await resource({ title: 'Orörd' });
      const path = `/api/resources/${created.id}`;
      const other = await createContact(t.prisma, { agencyId: world.agencyB.id });
      for (const [body, issue] of [
        [{ linkUrl: 'javascript:alert(1)' }, { path: ['linkUrl'], code: 'custom' }],
        [{ contactId: other.id }, { path: ['contactId'], code: 'other_agency' }],
        [{ competenceIds: [UNKNOWN_ID] }, { path: ['competenceIds'], code: 'not_found' }],
        [{ createdById: member.id }, { path: [], code: 'unrecognized_keys' }],
        [{ title: 'Ny titel' }, { path: ['version'], code: 'invalid_type' }],
      ] as const) {
        const versioned = 'title' in body ? body : { version: created.version, ...body };
        expectValidationFailed(await send('patch', path, member.cookie, versioned), [{ path: [...issue.path], code: issue.code }]);
      }
      expect(await t.prisma.resource.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, version: true, contactId: true } })).toEqual({
        title: 'Orörd',
        version: created.version,
        contactId: null,
      });
      // A member may not hand the resource to another agency.
      expectError(await send('patch', path, member.cookie, { version: created.version, ownerAgencyId: world.agencyB.id }), 403, 'FORBIDDEN');
    });

    it('moves a resource to another agency only with a contact of that agency', async () => {
      const coordinator = await createPrincipal(t, world, 'coordinatorInScope');
      const contactA = await createContact(t.prisma, { agencyId: world.agencyA.id });
      const contactB = await createContact(t.prisma, { agencyId: world.agencyB.id });
      const created = await resource({ contactId: contactA.id });
      const path = `/api/resources/${created.id}`;
      expectValidationFailed(await send('patch', path, coordinator.cookie, { version: created.version, ownerAgencyId: world.agencyB.id }), [
        { path: ['contactId'], code: 'other_agency' },
      ]);
      const moved = ResourceSchema.parse(
        (await send('patch', path, coordinator.cookie, { version: created.version, ownerAgencyId: world.agencyB.id, contactId: contactB.id }).expect(200)).body,
      );
      expect(moved).toMatchObject({ ownerAgency: { id: world.agencyB.id }, contact: { id: contactB.id } });
    });
  });
});
