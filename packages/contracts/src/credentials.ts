import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Length is the only rule here; the API also refuses common and breached passwords. */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const EmailSchema = z
  .email('must be an email address')
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const PersonNameSchema = z.string().trim().min(1, 'is required').max(120);

/** A TOTP code from the authenticator app (six digits) or a recovery code (xxxxx-xxxxx). */
export const MfaCodeSchema = z
  .string()
  .trim()
  .min(6)
  .max(20)
  .describe('Six digits from the authenticator app, or one of the recovery codes.');

/** Invitation and reset links carry a random token; the web reads it from the URL fragment. */
export const LinkTokenSchema = z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, 'is not a valid link');
