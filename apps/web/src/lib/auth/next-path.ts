/**
 * The page to return to after signing in, from ?next=. Only a path on this site is accepted,
 * so a crafted link cannot send someone elsewhere after they have typed their password.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login#')) return '/';
  return next;
}

/** "/login?next=%2Fagencies%3Fq%3Dkil" for the page the user was on. */
export function loginPath(next: string): string {
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}
