import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/agencies?q=kil&page=2')).toBe('/agencies?q=kil&page=2');
    expect(safeNextPath('/admin/users/7')).toBe('/admin/users/7');
  });

  it('refuses anything that could lead to another site, and falls back to the start page', () => {
    for (const next of [null, undefined, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });

  it('never returns to the login page itself', () => {
    expect(safeNextPath('/login?next=%2F')).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries the page to return to, encoded', () => {
    expect(loginPath('/agencies?q=kil')).toBe('/login?next=%2Fagencies%3Fq%3Dkil');
    expect(loginPath('/')).toBe('/login');
  });
});
