import { gunzipSync } from 'node:zlib';
import { acceptsGzip, FeedBodyCache, matchesIfNoneMatch } from './feed-body-cache';

describe('FeedBodyCache', () => {
  it('keeps bodies, gzipped too, with strong ETags of their content', async () => {
    const cache = new FeedBodyCache(10_000);
    const first = await cache.set('a', 'BEGIN:VCALENDAR');
    expect(cache.get('a')).toBe(first);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.gzipEtag).toBe(`${first.etag.slice(0, -1)}-gzip"`);
    expect(gunzipSync(first.gzipped).toString('utf8')).toBe('BEGIN:VCALENDAR');
    expect((await cache.set('b', 'BEGIN:VCALENDAR')).etag).toBe(first.etag);
    expect((await cache.set('c', 'other')).etag).not.toBe(first.etag);
  });

  it('drops the least recently used entries once past its byte budget', async () => {
    const body = (char: string) => char.repeat(100);
    const entrySize = async () => {
      const probe = await new FeedBodyCache(1_000_000).set('probe', body('x'));
      return probe.body.length * 2 + probe.gzipped.length;
    };
    const cache = new FeedBodyCache(3 * (await entrySize()));
    await cache.set('a', body('a'));
    await cache.set('b', body('b'));
    cache.get('a');
    await cache.set('c', body('c'));
    await cache.set('d', body('d'));
    expect(['a', 'b', 'c', 'd'].filter((key) => cache.get(key))).toEqual(['a', 'c', 'd']);
    // A body bigger than the whole budget is answered but not kept.
    expect((await cache.set('huge', 'h'.repeat(10_000))).body).toHaveLength(10_000);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(3);
  });
});

describe('matchesIfNoneMatch', () => {
  it('matches the ETag in a list, weak or strong, and *', () => {
    expect(matchesIfNoneMatch('"abc"', ['"abc"'])).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', ['"abc"'])).toBe(true);
    expect(matchesIfNoneMatch('"abc-gzip"', ['"abc"', '"abc-gzip"'])).toBe(true);
    expect(matchesIfNoneMatch('*', ['"abc"'])).toBe(true);
    expect(matchesIfNoneMatch('"abd"', ['"abc"'])).toBe(false);
    expect(matchesIfNoneMatch(undefined, ['"abc"'])).toBe(false);
  });
});

describe('acceptsGzip', () => {
  it('reads Accept-Encoding with its weights', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
