import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'access:public';

/**
 * Marks a route as open to anyone, signed in or not. Every route either carries this or declares
 * the permission it needs; the AccessGuard refuses everything else.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
