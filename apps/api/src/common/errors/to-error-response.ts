import { HttpException } from '@nestjs/common';
import type { ErrorResponse, ValidationIssue } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { ZodSerializationException, ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { AppError } from './app-error';
import { codeForStatus, ERROR_STATUS } from './error-status';

export interface MappedError {
  status: number;
  body: ErrorResponse;
  /** Unexpected errors are logged with their stack; their details never reach the client. */
  isUnexpected: boolean;
}

function issuesOf(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    code: issue.code,
    message: issue.message,
  }));
}

/** Fastify's own errors (bad JSON, wrong content type, body too large) carry a 4xx statusCode. */
function isFastifyClientError(error: unknown): error is Error & { statusCode: number; code: string } {
  if (!(error instanceof Error)) return false;
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && typeof code === 'string';
}

function fromHttpException(exception: HttpException): Omit<ErrorResponse, 'requestId'> {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && response !== null && 'message' in response && typeof response.message === 'string'
      ? response.message
      : exception.message;
  // Terminus answers 503 with the result of each check; those are safe to pass on.
  const details = status === 503 && typeof response === 'object' && response !== null ? { ...response } : undefined;
  return { code: codeForStatus(status), message, ...(details ? { details } : {}) };
}

/** Turns anything thrown while handling a request into the wire shape `{ code, message, details?, requestId }`. */
export function toErrorResponse(exception: unknown, requestId: string): MappedError {
  if (exception instanceof AppError) {
    const body: ErrorResponse = { code: exception.code, message: exception.message, requestId };
    if (exception.details) body.details = exception.details;
    return { status: ERROR_STATUS[exception.code], body, isUnexpected: false };
  }
  if (exception instanceof ZodValidationException) {
    return {
      status: ERROR_STATUS.VALIDATION_FAILED,
      body: {
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid; see details.issues.',
        details: { issues: issuesOf(exception.getZodError() as ZodError) },
        requestId,
      },
      isUnexpected: false,
    };
  }
  if (exception instanceof Prisma.PrismaClientKnownRequestError) {
    if (exception.code === 'P2002') {
      return {
        status: ERROR_STATUS.CONFLICT,
        body: { code: 'CONFLICT', message: 'A record with the same unique value already exists.', requestId },
        isUnexpected: false,
      };
    }
    if (exception.code === 'P2025') {
      return {
        status: ERROR_STATUS.NOT_FOUND,
        body: { code: 'NOT_FOUND', message: 'The record does not exist.', requestId },
        isUnexpected: false,
      };
    }
  }
  if (exception instanceof HttpException && !(exception instanceof ZodSerializationException)) {
    const status = exception.getStatus();
    if (status < 500 || status === 503) {
      return { status, body: { ...fromHttpException(exception), requestId }, isUnexpected: false };
    }
  }
  if (isFastifyClientError(exception)) {
    return {
      status: exception.statusCode,
      body: { code: codeForStatus(exception.statusCode), message: exception.message, requestId },
      isUnexpected: false,
    };
  }
  return {
    status: ERROR_STATUS.INTERNAL_ERROR,
    body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. The error has been logged.', requestId },
    isUnexpected: true,
  };
}
