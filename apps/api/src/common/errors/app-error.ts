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
