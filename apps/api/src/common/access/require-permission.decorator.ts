import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@repo/contracts';

export const REQUIRED_PERMISSION = 'access:permission';

/** The permission (contracts' role → permission table) a signed-in user needs for this route. */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);
