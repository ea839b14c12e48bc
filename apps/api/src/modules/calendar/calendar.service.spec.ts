import { gunzipSync } from 'node:zlib';
import type { Clock } from '../../common/clock/clock';
import type { RateLimiter } from '../../common/rate-limit/rate-limiter.service';
import type { AppConfig } from '../../config/config.schema';
import type { CalendarRepository, FeedOwner } from './calendar.repository';
import { CalendarService, SIGNATURE_TTL_MS } from './calendar.service';
import type { CalendarEventRow } from './ical-render';

const NOW = new Date('2026-11-27T12:00:00Z');
const owner: FeedOwner = { tokenId: 'token-row', id: 'user-1', role: 'MEMBER', agencyId: 'agency-1', isAgencyEditor: false };
const event: CalendarEventRow = {
  id: '3f1c2b7e-9d4a-4c55-8e21-6a0b9f7d2c10',
  title: 'Lägesbild Värmland',
  description: '',
  kind: 'CONFERENCE',
  startsAt: new Date('2026-12-03T08:00:00Z'),
  endsAt: new Date('2026-12-03T15:00:00Z'),
  allDay: false,
  place: 'Karlstad CCC',
  onlineUrl: null,
  organiserName: 'Länsstyrelsen Värmland',
  organiserEmail: null,
  contactEmail: null,
  cancelledAt: null,
  version: 1,
  createdAt: NOW,
  updatedAt: NOW,
  isWaitlisted: false,
};

function setUp() {
  const repository = {
    findFeedOwner: jest.fn(async (token: string) => (token === 'good' ? owner : null)),
    feedSignature: jest.fn(async () => ({ count: 1, fingerprint: 'v1' })),
    feedEvents: jest.fn(async () => [event]),
  };
  const rateLimiter = { consumeBatched: jest.fn(async () => undefined) };
  const config = { PUBLIC_URL: 'https://samverkan.example.se', CALENDAR_FEED_READS_PER_10_MIN: 120 } as AppConfig;
  const clock = { at: NOW.getTime(), now: () => new Date(clock.at) };
  const service = new CalendarService(repository as unknown as CalendarRepository, rateLimiter as unknown as RateLimiter, clock as unknown as Clock, config);
  return { service, repository, rateLimiter, clock };
}

describe('CalendarService feeds', () => {
  it('answers an unknown address with NOT_FOUND, before counting it against any limit', async () => {
    const { service, rateLimiter } = setUp();
    await expect(service.personalFeed('bad', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(rateLimiter.consumeBatched).not.toHaveBeenCalled();
  });

  it('counts reads per address and shows the last 90 days onwards', async () => {
    const { service, rateLimiter, repository } = setUp();
    await service.networkFeed('good', { municipality: '1715' }, {});
    expect(rateLimiter.consumeBatched).toHaveBeenCalledWith('calendar-feed:token-row', { points: 120, windowMs: 600_000 });
    expect(repository.feedEvents).toHaveBeenCalledWith(owner, { kind: 'network', municipality: '1715', sector: undefined }, new Date('2026-08-29T12:00:00Z'));
  });

  it('renders a feed once while its signature holds, and again when it changes', async () => {
    const { service, repository, clock } = setUp();
    const first = await service.networkFeed('good', {}, {});
    clock.at += SIGNATURE_TTL_MS;
    const second = await service.networkFeed('good', {}, {});
    expect(second).toEqual(first);
    expect(repository.feedSignature).toHaveBeenCalledTimes(2);
    expect(repository.feedEvents).toHaveBeenCalledTimes(1);
    expect(first.body).toContain('SUMMARY:Lägesbild Värmland');
    expect(first.contentEncoding).toBeNull();

    repository.feedSignature.mockResolvedValueOnce({ count: 1, fingerprint: 'v2' });
    repository.feedEvents.mockResolvedValueOnce([{ ...event, title: 'Lägesbild Värmland, ny tid', version: 2 }]);
    clock.at += SIGNATURE_TTL_MS;
    const changed = await service.networkFeed('good', {}, {});
    expect(repository.feedEvents).toHaveBeenCalledTimes(2);
    expect(changed.etag).not.toBe(first.etag);
    expect(changed.body).toContain('SEQUENCE:1');
  });

  it('trusts a signature for a moment per owner, role and agency, but checks the address every time', async () => {
    const { service, repository, clock } = setUp();
    await service.networkFeed('good', {}, {});
    clock.at += SIGNATURE_TTL_MS - 1;
    await service.networkFeed('good', {}, {});
    expect(repository.feedSignature).toHaveBeenCalledTimes(1);
    expect(repository.findFeedOwner).toHaveBeenCalledTimes(2);
    // Another feed, or the owner in another agency, is asked for anew.
    await service.networkFeed('good', { sector: 'SCHOOL' }, {});
    repository.findFeedOwner.mockResolvedValueOnce({ ...owner, agencyId: 'agency-2' });
    await service.networkFeed('good', {}, {});
    expect(repository.feedSignature).toHaveBeenCalledTimes(3);
    // A revoked address is refused at once.
    repository.findFeedOwner.mockResolvedValueOnce(null);
    await expect(service.networkFeed('good', {}, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('tells a client whose copy is current that nothing changed, whichever encoding it had', async () => {
    const { service } = setUp();
    const plain = await service.personalFeed('good', {});
    const gzipped = await service.personalFeed('good', { acceptEncoding: 'gzip, deflate, br' });
    expect(gzipped.contentEncoding).toBe('gzip');
    expect(gunzipSync(gzipped.body as Buffer).toString('utf8')).toBe(plain.body);
    expect(gzipped.etag).not.toBe(plain.etag);
    expect((await service.personalFeed('good', { ifNoneMatch: plain.etag })).body).toBeNull();
    expect((await service.personalFeed('good', { ifNoneMatch: gzipped.etag, acceptEncoding: 'gzip' })).body).toBeNull();
    expect((await service.personalFeed('good', { ifNoneMatch: '"old"' })).body).toBe(plain.body);
  });

  it('keeps personal and network feeds apart even when they hold the same events', async () => {
    const { service } = setUp();
    const personal = await service.personalFeed('good', {});
    const network = await service.networkFeed('good', {}, {});
    expect(personal.body).toContain('X-WR-CALNAME:Samverkan Värmland – mina evenemang');
    expect(network.body).toContain('X-WR-CALNAME:Samverkan Värmland – alla evenemang');
  });
});
