import { z } from 'zod';

/** Ordered from least to most authority. */
export const ROLES = ['MEMBER', 'COORDINATOR', 'ADMIN'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/**
 * What each role may do. The API enforces it on every route; the web hides what the API would
 * refuse. Object-level rules (own profile, own agency, a coordinator's municipalities) come on top.
 */
export const PERMISSIONS = [
  'directory:read',
  'profile:manage',
  'agencies:update',
  'roster:edit',
  'users:read',
  'users:manage',
  'invitations:manage',
  'joinRequests:decide',
  'roster:export',
  'roster:import',
  'roster:verify',
  'agencies:manage',
  'history:read',
  'audit:read',
  'events:read',
  'events:post',
  'events:register',
  'events:manage',
  'calendar:subscribe',
  'resources:read',
  'resources:share',
  'resources:manage',
] as const;
export const PermissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof PermissionSchema>;

/**
 * roster:verify is the coordinators' verification queue, agencies:manage creating and archiving
 * agencies (within a coordinator's municipalities), history:read the field-level change history of
 * agencies, contacts and functions. events:post lets a member post events for their own agency and
 * manage those they organise; events:manage lets coordinators edit and cancel any event and see its
 * participants. calendar:subscribe is the secret calendar-feed address on the profile page.
 * resources:share lets a member share resources for their own agency and edit their agency's;
 * resources:manage lets coordinators edit and delete any resource, drafts included.
 *
 * agencies:update and roster:edit (contacts and functions) are further limited per object: a
 * member edits their own contact entry and, as its editor, their own agency's roster.
 */
const MEMBER_PERMISSIONS: readonly Permission[] = [
  'directory:read',
  'profile:manage',
  'agencies:update',
  'roster:edit',
  'events:read',
  'events:post',
  'events:register',
  'calendar:subscribe',
  'resources:read',
  'resources:share',
];
const COORDINATOR_PERMISSIONS: readonly Permission[] = [
  ...MEMBER_PERMISSIONS,
  'users:read',
  'users:manage',
  'invitations:manage',
  'joinRequests:decide',
  'roster:export',
  'roster:import',
  'roster:verify',
  'agencies:manage',
  'history:read',
  'events:manage',
  'resources:manage',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  MEMBER: MEMBER_PERMISSIONS,
  COORDINATOR: COORDINATOR_PERMISSIONS,
  ADMIN: [...COORDINATOR_PERMISSIONS, 'audit:read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** A role can hand out its own role or a lower one, never a higher one. */
export function canAssignRole(actorRole: Role, role: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(actorRole);
}

/** Roles that must sign in with a second factor. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['COORDINATOR', 'ADMIN'];

export function isMfaRequired(role: Role): boolean {
  return MFA_REQUIRED_ROLES.includes(role);
}
