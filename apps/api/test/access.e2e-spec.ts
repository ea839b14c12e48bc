import { createAgency, createContact, createEvent, createFunction, createRegistration, createResource, createUser, samplePdf, TEST_PASSWORD, unique } from '@repo/test-factories';
import request from 'supertest';
import { hashToken, randomToken } from '../src/common/crypto/tokens';
import { createTestApp, type TestApp } from './utils/create-test-app';
import { listRoutes } from './utils/list-routes';
import { asApp, createPrincipal, createWorld, ROLE_KINDS, type RoleKind, type World } from './utils/principals';
import { storeResourceFile } from './utils/resources';

/**
 * The route × role table: every route of the app with the status each kind of caller gets.
 * Objects named in a path (a user, an invitation, a join request) belong to agency A in Arvika:
 * inside the scope of "coordinatorInScope" (Arvika), outside that of "coordinatorOutOfScope"
 * (Kil). Each request is made by a fresh user with a fresh session, so no row depends on another.
 * A route the app has and this table lacks fails the suite.
 */
type Caller = 'anonymous' | RoleKind;
type Expected = Record<Caller, number>;
interface Row {
  /** Builds the request: path and body (or a file, sent as multipart field "file"), creating what it acts on. */
  request: (t: TestApp, world: World) => Promise<{ path: string; body?: object; file?: { name: string; content: string | Buffer } }>;
  expected: Expected;
}

const UNKNOWN_ID = '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10';
const STRONG_PASSWORD = 'Ny-lösenfras-för-Klarälven-7';

const everyone = (status: number): Expected => ({ anonymous: status, member: status, coordinatorInScope: status, coordinatorOutOfScope: status, admin: status });
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
const path = (value: string) => async () => ({ path: value });

async function memberOfA(t: TestApp, world: World) {
  return createUser(t.prisma, { agencyId: world.agencyA.id });
}

async function invitationForA(t: TestApp, world: World) {
  return t.prisma.invitation.create({
    data: {
      tokenHash: hashToken(randomToken()),
      email: `${unique('invited')}@test.example`,
      role: 'MEMBER',
      agencyId: world.agencyA.id,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

async function joinRequestForA(t: TestApp, world: World) {
  return t.prisma.joinRequest.create({
    data: { name: 'Sökande Person', email: `${unique('join')}@test.example`, agencyId: world.agencyA.id, function: 'Kurator', reason: 'Arbetar med unga', createdAt: new Date() },
  });
}

/** A network event of agency B, posted by one of its members: the table's member (agency A) neither posted it nor edits B. */
async function eventOfB(t: TestApp, world: World) {
  const poster = await createUser(t.prisma, { agencyId: world.agencyB.id });
  return createEvent(t.prisma, { organiserAgencyId: world.agencyB.id, createdById: poster.id });
}

const ROUTE_TABLE: Record<string, Row> = {
  'GET /api/health/live': { request: path('/api/health/live'), expected: everyone(200) },
  'GET /api/health/ready': { request: path('/api/health/ready'), expected: everyone(200) },
  'GET /api/dev/mail': { request: path('/api/dev/mail'), expected: everyone(200) },
  // The e2e apps run without pg-boss (JOBS_ENABLED); freshness.e2e-spec.ts runs the job for real.
  'POST /api/dev/jobs/roster-freshness': { request: path('/api/dev/jobs/roster-freshness'), expected: everyone(503) },
  // event-reminders.e2e-spec.ts runs this one for real.
  'POST /api/dev/jobs/event-reminders': { request: path('/api/dev/jobs/event-reminders'), expected: everyone(503) },

  'GET /api/municipalities': { request: path('/api/municipalities'), expected: signedIn(200) },
  'GET /api/agencies': { request: path('/api/agencies'), expected: signedIn(200) },
  'GET /api/agencies/names': { request: path('/api/agencies/names'), expected: everyone(200) },
  'GET /api/agencies/:id': { request: async (_t, world) => ({ path: `/api/agencies/${world.agencyB.id}` }), expected: signedIn(200) },
  // The member of the table works at agency A but is not its editor (see agencies.e2e-spec.ts for editors).
  'PATCH /api/agencies/:id': {
    request: async (t) => {
      const agency = await createAgency(t.prisma, { municipalityCodes: ['1784'] });
      return { path: `/api/agencies/${agency.id}`, body: { version: agency.version, phone: '0570-123 45' } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },
  // A new agency in Arvika: within the scope of "coordinatorInScope" only.
  'POST /api/agencies': {
    request: async () => ({ path: '/api/agencies', body: { name: `Ny organisation ${unique('ny')}`, sector: 'SCHOOL', municipalityCodes: ['1784'] } }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 201, coordinatorOutOfScope: 403, admin: 201 },
  },
  'POST /api/agencies/:id/archive': {
    request: async (t) => ({ path: `/api/agencies/${(await createAgency(t.prisma, { municipalityCodes: ['1784'] })).id}/archive` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },
  // History is for coordinators (wherever they act) and administrators.
  'GET /api/agencies/:id/history': {
    request: async (_t, world) => ({ path: `/api/agencies/${world.agencyA.id}/history` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/contacts/:id/history': {
    request: async (t, world) => ({ path: `/api/contacts/${(await createContact(t.prisma, { agencyId: world.agencyA.id })).id}/history` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/functions/:id/history': {
    request: async (t, world) => ({ path: `/api/functions/${(await createFunction(t.prisma, { agencyId: world.agencyA.id })).id}/history` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },

  'GET /api/competences': { request: path('/api/competences'), expected: signedIn(200) },
  'GET /api/contacts': { request: path('/api/contacts'), expected: signedIn(200) },
  'GET /api/contacts/:id': {
    request: async (t, world) => ({ path: `/api/contacts/${(await createContact(t.prisma, { agencyId: world.agencyB.id })).id}` }),
    expected: signedIn(200),
  },
  // The table's fresh users have no roster entry of their own.
  'GET /api/contacts/mine': { request: path('/api/contacts/mine'), expected: signedIn(404) },
  'POST /api/contacts': {
    request: async (_t, world) => ({ path: '/api/contacts', body: { agencyId: world.agencyA.id, name: 'Ny Kontakt', competenceSlugs: ['avhopparstod'] } }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 201, coordinatorOutOfScope: 403, admin: 201 },
  },
  'PATCH /api/contacts/:id': {
    request: async (t, world) => {
      const contact = await createContact(t.prisma, { agencyId: world.agencyA.id });
      return { path: `/api/contacts/${contact.id}`, body: { version: contact.version, title: 'Fältsekreterare' } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },
  'POST /api/contacts/:id/verify': {
    request: async (t, world) => ({ path: `/api/contacts/${(await createContact(t.prisma, { agencyId: world.agencyA.id })).id}/verify` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },
  'POST /api/contacts/:id/archive': {
    request: async (t, world) => ({ path: `/api/contacts/${(await createContact(t.prisma, { agencyId: world.agencyA.id })).id}/archive` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 204, coordinatorOutOfScope: 403, admin: 204 },
  },
  // The freshness loop's mailed links: anyone with the link (see freshness.e2e-spec.ts for good ones).
  'POST /api/contact-verifications/preview': { request: async () => ({ path: '/api/contact-verifications/preview', body: { token: randomToken() } }), expected: everyone(410) },
  'POST /api/contact-verifications/confirm': { request: async () => ({ path: '/api/contact-verifications/confirm', body: { token: randomToken() } }), expected: everyone(410) },
  'PATCH /api/contact-verifications': {
    request: async () => ({ path: '/api/contact-verifications', body: { token: randomToken(), version: 1, title: 'Rektor' } }),
    expected: everyone(410),
  },
  'GET /api/verification-queue': {
    request: path('/api/verification-queue'),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/counterparts': { request: path('/api/counterparts?competence=anhorigstod&municipality=1784'), expected: signedIn(200) },
  'GET /api/coverage': { request: path('/api/coverage?competence=anhorigstod'), expected: signedIn(200) },
  'GET /api/search': { request: path('/api/search?q=samordnare&municipality=1784'), expected: signedIn(200) },
  'GET /api/coverage/export': {
    request: path('/api/coverage/export?competence=anhorigstod'),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/roster/export': {
    request: path('/api/roster/export?municipality=1784'),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  // A dry run adding a contact to agency A: the coordinator outside its scope gets a report with a row error, not a refusal.
  'POST /api/roster/import': {
    request: async (_t, world) => ({
      path: '/api/roster/import?dryRun=true',
      file: { name: 'kontakter.csv', content: `E-post;Namn;Organisation\r\n${unique('import')}@test.example;Ny Kontakt;${world.agencyA.name}\r\n` },
    }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/functions': { request: path('/api/functions'), expected: signedIn(200) },
  'GET /api/functions/:id': {
    request: async (t, world) => ({ path: `/api/functions/${(await createFunction(t.prisma, { agencyId: world.agencyB.id })).id}` }),
    expected: signedIn(200),
  },
  'POST /api/functions': {
    request: async (_t, world) => ({ path: '/api/functions', body: { agencyId: world.agencyA.id, name: 'SSPF-samordnare' } }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 201, coordinatorOutOfScope: 403, admin: 201 },
  },
  'PATCH /api/functions/:id': {
    request: async (t, world) => {
      const fn = await createFunction(t.prisma, { agencyId: world.agencyA.id });
      return { path: `/api/functions/${fn.id}`, body: { version: fn.version, mailbox: 'samordnare@arvika.example' } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },
  'POST /api/functions/:id/handover': {
    request: async (t, world) => {
      const fn = await createFunction(t.prisma, { agencyId: world.agencyA.id });
      const holder = await createContact(t.prisma, { agencyId: world.agencyA.id });
      return { path: `/api/functions/${fn.id}/handover`, body: { version: fn.version, holderId: holder.id } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 403, admin: 200 },
  },

  'POST /api/auth/login': {
    request: async () => ({ path: '/api/auth/login', body: { email: `${unique('nobody')}@test.example`, password: TEST_PASSWORD } }),
    expected: everyone(401),
  },
  'POST /api/auth/login/mfa/setup': { request: path('/api/auth/login/mfa/setup'), expected: everyone(401) },
  'POST /api/auth/login/mfa': { request: async () => ({ path: '/api/auth/login/mfa', body: { code: '123456' } }), expected: everyone(401) },
  'POST /api/auth/logout': { request: path('/api/auth/logout'), expected: everyone(204) },
  'GET /api/auth/me': { request: path('/api/auth/me'), expected: signedIn(200) },
  'POST /api/auth/password/forgot': {
    request: async () => ({ path: '/api/auth/password/forgot', body: { email: `${unique('nobody')}@test.example` } }),
    expected: everyone(202),
  },
  'POST /api/auth/password/reset': {
    request: async () => ({ path: '/api/auth/password/reset', body: { token: randomToken(), password: STRONG_PASSWORD } }),
    expected: everyone(410),
  },

  'GET /api/users': { request: path('/api/users'), expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 } },
  'GET /api/users/:id': {
    request: async (t, world) => ({ path: `/api/users/${(await memberOfA(t, world)).id}` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 404, admin: 200 },
  },
  'PATCH /api/users/:id': {
    request: async (t, world) => {
      const user = await memberOfA(t, world);
      return { path: `/api/users/${user.id}`, body: { version: user.version, isAgencyEditor: true } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 404, admin: 200 },
  },

  'GET /api/invitations': { request: path('/api/invitations'), expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 } },
  'POST /api/invitations': {
    request: async (_t, world) => ({ path: '/api/invitations', body: { email: `${unique('new')}@test.example`, role: 'MEMBER', agencyId: world.agencyA.id } }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 201, coordinatorOutOfScope: 403, admin: 201 },
  },
  'DELETE /api/invitations/:id': {
    request: async (t, world) => ({ path: `/api/invitations/${(await invitationForA(t, world)).id}` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 204, coordinatorOutOfScope: 404, admin: 204 },
  },
  'POST /api/invitations/preview': { request: async () => ({ path: '/api/invitations/preview', body: { token: randomToken() } }), expected: everyone(410) },
  'POST /api/invitations/accept': {
    request: async () => ({ path: '/api/invitations/accept', body: { token: randomToken(), name: 'Ny Person', password: STRONG_PASSWORD } }),
    expected: everyone(410),
  },

  'POST /api/join-requests': {
    request: async (_t, world) => ({
      path: '/api/join-requests',
      body: { name: 'Sökande Person', email: `${unique('join')}@test.example`, agencyId: world.agencyA.id, function: 'Kurator', reason: 'Arbetar med unga' },
    }),
    expected: everyone(202),
  },
  'GET /api/join-requests': { request: path('/api/join-requests'), expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 } },
  'POST /api/join-requests/:id/approve': {
    request: async (t, world) => ({ path: `/api/join-requests/${(await joinRequestForA(t, world)).id}/approve` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 404, admin: 200 },
  },
  'POST /api/join-requests/:id/decline': {
    request: async (t, world) => ({ path: `/api/join-requests/${(await joinRequestForA(t, world)).id}/decline` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 404, admin: 200 },
  },

  'GET /api/events': { request: path('/api/events'), expected: signedIn(200) },
  'GET /api/events/:id': { request: async (t, world) => ({ path: `/api/events/${(await eventOfB(t, world)).id}` }), expected: signedIn(200) },
  // The member posts for their own agency A; coordinators and administrators may post for any agency.
  'POST /api/events': {
    request: async (_t, world) => ({
      path: '/api/events',
      body: {
        title: 'Utbildning om tidiga tecken',
        kind: 'TRAINING',
        when: { allDay: false, startsAt: '2027-02-11T09:00:00+01:00', endsAt: '2027-02-11T12:00:00+01:00' },
        place: 'Stadshuset, Karlstad',
        organiserAgencyId: world.agencyA.id,
      },
    }),
    expected: signedIn(201),
  },
  'PATCH /api/events/:id': {
    request: async (t, world) => {
      const event = await eventOfB(t, world);
      return { path: `/api/events/${event.id}`, body: { version: event.version, title: 'Nätverksträff SSPF' } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'POST /api/events/:id/cancel': {
    request: async (t, world) => {
      const event = await eventOfB(t, world);
      return { path: `/api/events/${event.id}/cancel`, body: { version: event.version } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  // A network event of agency A that someone else posted: the table's member neither posted it nor edits agency A.
  'POST /api/events/:id/registration': {
    request: async (t, world) => ({ path: `/api/events/${(await createEvent(t.prisma, { organiserAgencyId: world.agencyA.id })).id}/registration` }),
    expected: signedIn(201),
  },
  // The table's fresh users have no registration to give up (event-registrations.e2e-spec.ts gives them one).
  'DELETE /api/events/:id/registration': {
    request: async (t, world) => ({ path: `/api/events/${(await createEvent(t.prisma, { organiserAgencyId: world.agencyA.id })).id}/registration` }),
    expected: signedIn(404),
  },
  'GET /api/events/:id/participants': {
    request: async (t, world) => ({ path: `/api/events/${(await createEvent(t.prisma, { organiserAgencyId: world.agencyA.id })).id}/participants` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'GET /api/events/:id/participants/export': {
    request: async (t, world) => ({ path: `/api/events/${(await createEvent(t.prisma, { organiserAgencyId: world.agencyA.id })).id}/participants/export` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'DELETE /api/events/:id/participants/:userId': {
    request: async (t, world) => {
      const event = await createEvent(t.prisma, { organiserAgencyId: world.agencyA.id });
      const participant = await memberOfA(t, world);
      await createRegistration(t.prisma, { eventId: event.id, userId: participant.id });
      return { path: `/api/events/${event.id}/participants/${participant.id}` };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 204, coordinatorOutOfScope: 204, admin: 204 },
  },

  'GET /api/events/:id/ics': { request: async (t, world) => ({ path: `/api/events/${(await eventOfB(t, world)).id}/ics` }), expected: signedIn(200) },
  // The table's fresh users have no feed address until they make one (calendar.e2e-spec.ts covers live addresses).
  'GET /api/calendar/feeds': { request: path('/api/calendar/feeds'), expected: signedIn(200) },
  'POST /api/calendar/feeds': { request: path('/api/calendar/feeds'), expected: signedIn(201) },
  'DELETE /api/calendar/feeds': { request: path('/api/calendar/feeds'), expected: signedIn(404) },
  // Authorised by the secret in the address, never by a session: an unknown one is 404 for everyone.
  'GET /api/calendar/feeds/:token/personal.ics': { request: async () => ({ path: `/api/calendar/feeds/${randomToken()}/personal.ics` }), expected: everyone(404) },
  'GET /api/calendar/feeds/:token/network.ics': { request: async () => ({ path: `/api/calendar/feeds/${randomToken()}/network.ics` }), expected: everyone(404) },

  'GET /api/resources': { request: path('/api/resources?q=handlingsplan&municipality=1784'), expected: signedIn(200) },
  'GET /api/resources/file-rules': { request: path('/api/resources/file-rules'), expected: signedIn(200) },
  'GET /api/resources/:id': {
    request: async (t, world) => ({ path: `/api/resources/${(await createResource(t.prisma, { ownerAgencyId: world.agencyB.id })).id}` }),
    expected: signedIn(200),
  },
  // The member shares for their own agency A; everyone signed in may share.
  'POST /api/resources': { request: async () => ({ path: '/api/resources', body: { title: 'Lokal handlingsplan (exempel)', kind: 'ACTION_PLAN' } }), expected: signedIn(201) },
  // A resource of agency B: the table's member (agency A) may read it but not change it; coordinators and administrators edit any.
  'PATCH /api/resources/:id': {
    request: async (t, world) => {
      const resource = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id });
      return { path: `/api/resources/${resource.id}`, body: { version: resource.version, summary: 'Uppdaterad sammanfattning' } };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 200, coordinatorOutOfScope: 200, admin: 200 },
  },
  'DELETE /api/resources/:id': {
    request: async (t, world) => ({ path: `/api/resources/${(await createResource(t.prisma, { ownerAgencyId: world.agencyB.id })).id}` }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 204, coordinatorOutOfScope: 204, admin: 204 },
  },
  // Files of a published network resource of agency B (with a link): every member downloads them; only B's members and coordinators change them.
  'POST /api/resources/:id/files': {
    request: async (t, world) => ({
      path: `/api/resources/${(await createResource(t.prisma, { ownerAgencyId: world.agencyB.id })).id}/files`,
      file: { name: 'handlingsplan.pdf', content: samplePdf('Lokal handlingsplan (exempel)') },
    }),
    expected: { anonymous: 401, member: 403, coordinatorInScope: 201, coordinatorOutOfScope: 201, admin: 201 },
  },
  'GET /api/resources/:id/files/:fileId': {
    request: async (t, world) => {
      const resource = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id });
      return { path: `/api/resources/${resource.id}/files/${(await storeResourceFile(t, resource.id, [{ name: 'plan.txt' }])).fileId}` };
    },
    expected: signedIn(200),
  },
  'GET /api/resources/:id/files/:fileId/versions/:number': {
    request: async (t, world) => {
      const resource = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id });
      return { path: `/api/resources/${resource.id}/files/${(await storeResourceFile(t, resource.id, [{ name: 'plan.txt' }, { name: 'plan.txt' }])).fileId}/versions/1` };
    },
    expected: signedIn(200),
  },
  'DELETE /api/resources/:id/files/:fileId': {
    request: async (t, world) => {
      const resource = await createResource(t.prisma, { ownerAgencyId: world.agencyB.id });
      return { path: `/api/resources/${resource.id}/files/${(await storeResourceFile(t, resource.id, [{ name: 'plan.txt' }])).fileId}` };
    },
    expected: { anonymous: 401, member: 403, coordinatorInScope: 204, coordinatorOutOfScope: 204, admin: 204 },
  },

  'GET /api/audit-events': { request: path('/api/audit-events'), expected: { anonymous: 401, member: 403, coordinatorInScope: 403, coordinatorOutOfScope: 403, admin: 200 } },

  'PATCH /api/me': { request: async () => ({ path: '/api/me', body: { name: 'Nytt Namn' } }), expected: signedIn(200) },
  'POST /api/me/password': {
    request: async () => ({ path: '/api/me/password', body: { currentPassword: 'not-the-password', newPassword: STRONG_PASSWORD } }),
    expected: signedIn(400),
  },
  'GET /api/me/sessions': { request: path('/api/me/sessions'), expected: signedIn(200) },
  'DELETE /api/me/sessions/:id': { request: path(`/api/me/sessions/${UNKNOWN_ID}`), expected: signedIn(404) },
  // Coordinators and administrators of the table have MFA set up already; members do not.
  'POST /api/me/mfa/setup': { request: path('/api/me/mfa/setup'), expected: { ...signedIn(409), member: 200 } },
  'POST /api/me/mfa/enable': { request: async () => ({ path: '/api/me/mfa/enable', body: { code: '123456' } }), expected: signedIn(409) },
  'POST /api/me/mfa/disable': {
    request: async () => ({ path: '/api/me/mfa/disable', body: { password: TEST_PASSWORD } }),
    expected: { ...signedIn(403), member: 204 },
  },
  'POST /api/me/mfa/recovery-codes': {
    request: async () => ({ path: '/api/me/mfa/recovery-codes', body: { password: TEST_PASSWORD } }),
    expected: { ...signedIn(200), member: 409 },
  },
  'GET /api/me/data': { request: path('/api/me/data'), expected: signedIn(200) },
  'DELETE /api/me': { request: async () => ({ path: '/api/me', body: { password: TEST_PASSWORD } }), expected: signedIn(204) },
};

const cases = Object.entries(ROUTE_TABLE).flatMap(([key, row]) =>
  (['anonymous', ...ROLE_KINDS] as Caller[]).map((caller) => [key, caller, row.expected[caller], row] as const),
);

describe('route × role table', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await createWorld(t);
  });
  afterAll(() => t.close());

  it('lists every route of the app, and no route that does not exist', () => {
    expect(listRoutes(t.app).map((route) => route.key)).toEqual(Object.keys(ROUTE_TABLE).sort());
  });

  it.each(cases)('%s as %s → %i', async (key, caller, status, row) => {
    const method = key.split(' ')[0]!;
    const { path: url, body, file } = await row.request(t, world);
    const cookie = caller === 'anonymous' ? undefined : (await createPrincipal(t, world, caller)).cookie;
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const test = asApp(request(t.http)[verb](url), { cookie });
    const response = await (file ? test.attach('file', Buffer.from(file.content), file.name) : body ? test.send(body) : test);
    expect({ status: response.status, body: response.status >= 400 ? response.body : undefined }).toEqual({
      status,
      body: status >= 400 ? expect.objectContaining({ code: expect.any(String) }) : undefined,
    });
  });
});
