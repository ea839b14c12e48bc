import { z } from 'zod';

/** Every error the API can answer with. The web maps each code to a message in the user's language. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'INVALID_MFA_CODE',
  'FORBIDDEN',
  'NOT_FOUND',
  'LINK_INVALID',
  'CONFLICT',
  'VERSION_CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ValidationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])).describe('Where in the input the problem is, e.g. ["query", "page"].'),
  code: z.string().describe('The kind of problem, e.g. "too_small" or "unrecognized_keys".'),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof ValidationIssueSchema>;

export const ErrorResponseSchema = z
  .object({
    code: ErrorCodeSchema,
    message: z.string().describe('A short English description for developers; the UI shows its own text per code.'),
    details: z
      .object({ issues: z.array(ValidationIssueSchema).optional() })
      .catchall(z.unknown())
      .optional(),
    requestId: z.string().describe('Also sent as the X-Request-Id header and written on every log line.'),
  });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
