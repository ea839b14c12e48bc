const MINUTE = 60_000;

/** OWASP ASVS 5.0 level 2, V7: idle and absolute session lifetimes. */
export const SESSION_IDLE_MS = 30 * MINUTE;
export const SESSION_ABSOLUTE_MS = 12 * 60 * MINUTE;
/** Between a right password and the second factor. */
export const PENDING_MFA_MS = 10 * MINUTE;
/** Activity is written at most this often, so reads don't each cost a write. */
export const SESSION_TOUCH_MS = MINUTE;
