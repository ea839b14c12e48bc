import { LinkTokenSchema } from '@repo/contracts';

/**
 * The token of an invitation or password-reset link, from "#token=…". The fragment never
 * reaches a server, a proxy log or a Referer header; null when missing or malformed.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  const parsed = LinkTokenSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}
