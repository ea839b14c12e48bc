import { applyDecorators, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'access:public';
export const IS_SESSIONLESS = 'access:sessionless';

/**
 * Marks a route as open to anyone, signed in or not. Every route either carries this or declares
 * the permission it needs; the AccessGuard refuses everything else.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A public route authorised by a secret in its address (calendar feeds), for GET only. The guard
 * does not read the session cookie: such a request neither needs nor renews a session, and its
 * answer never depends on who else is signed in in the same browser.
 */
export const Sessionless = () => applyDecorators(SetMetadata(IS_PUBLIC, true), SetMetadata(IS_SESSIONLESS, true));
