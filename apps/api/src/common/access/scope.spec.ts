import type { Actor } from './actor';
import { assertScopeWithin } from './coordinator-scope';
import { isInScope, scopeFilter } from './scope';

type Caller = Pick<Actor, 'role' | 'coordinatorScope'>;
const admin: Caller = { role: 'ADMIN', coordinatorScope: null };
const member: Caller = { role: 'MEMBER', coordinatorScope: null };
const arvikaCoordinator: Caller = { role: 'COORDINATOR', coordinatorScope: { wholeRegion: false, municipalityCodes: ['1784'] } };
const regionCoordinator: Caller = { role: 'COORDINATOR', coordinatorScope: { wholeRegion: true, municipalityCodes: [] } };

describe('coordinator scope', () => {
  it('lets an administrator act everywhere and a member nowhere', () => {
    expect(isInScope(admin, ['1715'])).toBe(true);
    expect(isInScope(member, ['1784'])).toBe(false);
    expect(scopeFilter(admin)).toBe('all');
    expect(scopeFilter(member)).toEqual([]);
  });

  it('lets a coordinator act where the agency works in one of their municipalities', () => {
    expect(isInScope(arvikaCoordinator, ['1784'])).toBe(true);
    expect(isInScope(arvikaCoordinator, ['1715', '1784'])).toBe(true);
    expect(isInScope(arvikaCoordinator, ['1715'])).toBe(false);
    expect(isInScope(arvikaCoordinator, [])).toBe(false);
    expect(scopeFilter(arvikaCoordinator)).toEqual(['1784']);
  });

  it('lets a whole-region coordinator act on every agency of the region', () => {
    expect(isInScope(regionCoordinator, ['1715'])).toBe(true);
    expect(scopeFilter(regionCoordinator)).toBe('all');
  });

  it('refuses to hand out a scope wider than your own, or an empty one', () => {
    expect(() => assertScopeWithin(arvikaCoordinator, { wholeRegion: false, municipalityCodes: ['1784'] })).not.toThrow();
    expect(() => assertScopeWithin(arvikaCoordinator, { wholeRegion: false, municipalityCodes: ['1784', '1715'] })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertScopeWithin(arvikaCoordinator, { wholeRegion: true, municipalityCodes: [] })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertScopeWithin(regionCoordinator, { wholeRegion: false, municipalityCodes: ['1715'] })).not.toThrow();
    expect(() => assertScopeWithin(admin, { wholeRegion: false, municipalityCodes: [] })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
