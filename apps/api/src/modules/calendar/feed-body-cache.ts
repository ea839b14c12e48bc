import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface CachedFeed {
  body: string;
  /** The same body gzipped: calendar apps accept it, and a feed of 1,000 events shrinks about tenfold. */
  gzipped: Buffer;
  /** Strong validators of the two representations, quoted as the ETag header wants them. */
  etag: string;
  gzipEtag: string;
}

/**
 * Rendered feeds by what they hold (see CalendarRepository.feedSignature): a feed of a thousand
 * events takes tens of milliseconds to render, and calendar apps fetch the same one again and
 * again. Least recently used entries go first once the entries pass the byte budget.
 */
export class FeedBodyCache {
  private readonly entries = new Map<string, CachedFeed>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedFeed | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-inserting moves the entry to the end: the Map's order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Compresses the body off the main thread and keeps both forms. */
  async set(key: string, body: string): Promise<CachedFeed> {
    const hash = createHash('sha256').update(body).digest('base64url');
    const entry: CachedFeed = { body, gzipped: await gzipAsync(body), etag: `"${hash}"`, gzipEtag: `"${hash}-gzip"` };
    const size = sizeOf(entry);
    if (size > this.maxBytes) return entry;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= sizeOf(previous);
    }
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(old);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Memory an entry takes, near enough: V8 keeps one- or two-byte strings. */
function sizeOf(entry: CachedFeed): number {
  return entry.body.length * 2 + entry.gzipped.length;
}

/** Whether an If-None-Match header names one of these ETags (weak comparison, as RFC 9110 13.1.2 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => etags.includes(candidate.trim().replace(/^W\//, '')));
}

/** Whether Accept-Encoding allows gzip (RFC 9110 12.5.3): named or "*" with a non-zero weight. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(coding, q ? Number(q.slice(2)) || 0 : 1);
  }
  return (weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0) > 0;
}
