import { describe, expect, it } from 'vitest';
import { canAssignRole, hasPermission, isMfaRequired, ROLE_PERMISSIONS } from './roles';

describe('roles and permissions', () => {
  it('gives each role everything the role below it has', () => {
    expect(ROLE_PERMISSIONS.COORDINATOR).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS.MEMBER]));
    expect(ROLE_PERMISSIONS.ADMIN).toEqual(expect.arrayContaining([...ROLE_PERMISSIONS.COORDINATOR]));
  });

  it('keeps administration from members and the audit log from coordinators', () => {
    expect(hasPermission('MEMBER', 'directory:read')).toBe(true);
    expect(hasPermission('MEMBER', 'users:read')).toBe(false);
    expect(hasPermission('COORDINATOR', 'invitations:manage')).toBe(true);
    expect(hasPermission('COORDINATOR', 'audit:read')).toBe(false);
    expect(hasPermission('ADMIN', 'audit:read')).toBe(true);
  });

  it('never lets a role hand out a role above its own', () => {
    expect(canAssignRole('COORDINATOR', 'MEMBER')).toBe(true);
    expect(canAssignRole('COORDINATOR', 'COORDINATOR')).toBe(true);
    expect(canAssignRole('COORDINATOR', 'ADMIN')).toBe(false);
    expect(canAssignRole('MEMBER', 'COORDINATOR')).toBe(false);
    expect(canAssignRole('ADMIN', 'ADMIN')).toBe(true);
  });

  it('requires a second factor of coordinators and administrators only', () => {
    expect([isMfaRequired('MEMBER'), isMfaRequired('COORDINATOR'), isMfaRequired('ADMIN')]).toEqual([false, true, true]);
  });
});
