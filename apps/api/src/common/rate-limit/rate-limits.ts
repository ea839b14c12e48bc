import type { RateLimitRule } from './rate-limiter.service';

const MINUTE = 60_000;

/** The limits the portal applies (OWASP ASVS 5.0 level 2, V6.3). */
export const RATE_LIMITS = {
  loginPerAccount: { points: 10, windowMs: 15 * MINUTE },
  loginPerIp: { points: 30, windowMs: 15 * MINUTE },
  /** Password-reset and invitation mails to one address. */
  mailPerAddress: { points: 5, windowMs: 30 * MINUTE },
  /** Join requests and reset requests from one address, whatever the email. */
  publicFormPerIp: { points: 20, windowMs: 30 * MINUTE },
} satisfies Record<string, RateLimitRule>;

/**
 * Directory reads per signed-in user (anti-harvesting): far above what a person browsing does,
 * far below what a script pulling the whole roster needs. DIRECTORY_READS_PER_10_MIN sets it.
 */
export function directoryReadsRule(readsPerTenMinutes: number): RateLimitRule {
  return { points: readsPerTenMinutes, windowMs: 10 * MINUTE };
}

/**
 * Reads of one secret calendar-feed address: calendar apps poll every few minutes at most, so a
 * leaked address being hammered stands out. CALENDAR_FEED_READS_PER_10_MIN sets it.
 */
export function calendarFeedReadsRule(readsPerTenMinutes: number): RateLimitRule {
  return { points: readsPerTenMinutes, windowMs: 10 * MINUTE };
}
