import type { ErrorCode } from '@repo/contracts';

/**
 * The one error type services throw. It carries a code from contracts, never an HTTP status, so
 * a service serves HTTP, jobs, the seed and tests alike; error-status.ts maps codes to statuses.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A 400 that points at one input field, like the validation pipe's own. */
export function fieldError(field: string, code: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { issues: [{ path: [field], code, message }] });
}
