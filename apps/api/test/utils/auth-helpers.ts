import { ErrorResponseSchema, type ErrorCode } from '@repo/contracts';
import { generate } from 'otplib';
import request, { type Response } from 'supertest';
import { Clock } from '../../src/common/clock/clock';
import { hashToken } from '../../src/common/crypto/tokens';
import { APP_CONFIG } from '../../src/config/config.module';
import type { AppConfig } from '../../src/config/config.schema';
import type { TestApp } from './create-test-app';
import { asApp, uniqueIp } from './principals';

/** POST /api/auth/login as the web app sends it, from a client address of its own unless given. */
export function login(t: TestApp, credentials: { email: string; password: string }, options: { ip?: string; cookie?: string } = {}) {
  return asApp(request(t.http).post('/api/auth/login'), { ip: options.ip ?? uniqueIp(), cookie: options.cookie }).send(credentials);
}

/** POST /api/auth/login/mfa with the pending login's cookie. */
export function submitMfaCode(t: TestApp, pendingCookie: string, code: string, ip = uniqueIp()) {
  return asApp(request(t.http).post('/api/auth/login/mfa'), { cookie: pendingCookie, ip }).send({ code });
}

/** GET /api/auth/me: 200 while the session lives, 401 after. */
export function whoAmI(t: TestApp, cookie: string, ip = uniqueIp()) {
  return asApp(request(t.http).get('/api/auth/me'), { cookie, ip });
}

export interface HeldClock {
  readonly now: Date;
  set(at: Date): void;
  advance(ms: number): void;
}

/** Holds the app's clock at a moment of the test's choosing. Restore with jest.restoreAllMocks(). */
export function holdClock(t: TestApp, at: Date = new Date()): HeldClock {
  let current = at.getTime();
  jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(current));
  return {
    get now() {
      return new Date(current);
    },
    set(next) {
      current = next.getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The authenticator app's code at a moment. */
export function totpAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** The mail in the outbox to an address, oldest first. */
export function mailsTo(t: TestApp, to: string) {
  return t.prisma.outboxMail.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** The token of a mailed link `<PUBLIC_URL>/<page>#token=…`; fails when the text holds no such link. */
export function linkToken(t: TestApp, text: string, page: 'invitation' | 'reset-password'): string {
  const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL;
  const prefix = `${publicUrl}/${page}#token=`;
  const match = new RegExp(`${escapeRegExp(prefix)}([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`No ${prefix} link in the mail:\n${text}`);
  return match[1]!;
}

/** The token of the one link of this kind mailed to an address. */
export async function onlyMailedToken(t: TestApp, to: string, page: 'invitation' | 'reset-password'): Promise<string> {
  const mails = (await mailsTo(t, to)).filter((mail) => mail.text.includes(`/${page}#token=`));
  expect(mails).toHaveLength(1);
  return linkToken(t, mails[0]!.text, page);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An error answer with this status and code, in the wire shape, with the request's id. */
export function expectError(response: Response, status: number, code: ErrorCode) {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  const body = ErrorResponseSchema.parse(response.body);
  expect(body.requestId).toBe(response.headers['x-request-id']);
  return body;
}

export interface ExpectedIssue {
  path: (string | number)[];
  code: string;
  message?: string;
}

/** The exact 400 body: VALIDATION_FAILED with exactly these issues (messages checked when given). */
export function expectValidationFailed(response: Response, issues: ExpectedIssue[], message: string = expect.any(String)) {
  expect(response.status).toBe(400);
  expect(ErrorResponseSchema.parse(response.body)).toEqual({
    code: 'VALIDATION_FAILED',
    message,
    details: { issues: issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message ?? expect.any(String) })) },
    requestId: response.headers['x-request-id'],
  });
}

/** The session token in a Set-Cookie answer, with its attributes, or undefined. */
export function sessionSetCookie(response: Response): string | undefined {
  return [response.headers['set-cookie'] ?? []].flat().find((value: string) => value.startsWith('samverkan_session='));
}

/** The stored session a cookie points at, or null once it has ended. */
export function sessionRow(t: TestApp, cookie: string) {
  return t.prisma.session.findUnique({ where: { tokenHash: hashToken(cookie.slice(cookie.indexOf('=') + 1)) } });
}
