import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'XMLHttpRequest';

/**
 * Cross-site request forgery defence for the cookie session (OWASP's "custom request header"
 * and "verifying origin" patterns): an unsafe request must carry X-Requested-With, which a
 * cross-site form cannot send and cross-site fetch cannot send without a CORS preflight this
 * API never grants, and must not come from another site by Sec-Fetch-Site or Origin.
 */
export function assertNotCrossSite(request: FastifyRequest, publicOrigin: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
    throw new AppError('FORBIDDEN', `Unsafe requests must carry the header X-Requested-With: ${CSRF_HEADER_VALUE}.`);
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new AppError('FORBIDDEN', 'Cross-site requests are refused.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== publicOrigin && !isSameHost(origin, request.headers.host)) {
    throw new AppError('FORBIDDEN', 'Cross-origin requests are refused.');
  }
}

function isSameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
