import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { Prisma } from '@repo/db';
import { ZodSerializationException, ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { AppError } from './app-error';
import { toErrorResponse } from './to-error-response';

const prismaError = (code: string) =>
  new Prisma.PrismaClientKnownRequestError('database says no', { code, clientVersion: '6.19.3' });

describe('toErrorResponse', () => {
  it('maps an AppError code to its status and keeps its details', () => {
    const mapped = toErrorResponse(new AppError('VERSION_CONFLICT', 'Changed by someone else', { current: 4 }), 'r1');
    expect(mapped).toEqual({
      status: 412,
      body: { code: 'VERSION_CONFLICT', message: 'Changed by someone else', details: { current: 4 }, requestId: 'r1' },
      isUnexpected: false,
    });
  });

  it('turns zod validation errors into 400 with each field path and reason', () => {
    const result = z.strictObject({ page: z.number().min(1) }).safeParse({ page: 0, extra: 1 });
    const mapped = toErrorResponse(new ZodValidationException(result.error), 'r2');
    expect(mapped.status).toBe(400);
    expect(mapped.body.code).toBe('VALIDATION_FAILED');
    expect(mapped.body.details?.issues).toEqual([
      expect.objectContaining({ path: ['page'], code: 'too_small' }),
      expect.objectContaining({ path: [], code: 'unrecognized_keys' }),
    ]);
  });

  it('maps Prisma unique and missing-record errors to 409 and 404', () => {
    expect(toErrorResponse(prismaError('P2002'), 'r').status).toBe(409);
    expect(toErrorResponse(prismaError('P2025'), 'r').status).toBe(404);
  });

  it('keeps the status of framework HTTP errors, with a code of ours', () => {
    expect(toErrorResponse(new BadRequestException('Bad thing'), 'r').body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Bad thing',
    });
    const unavailable = toErrorResponse(new ServiceUnavailableException({ status: 'error' }), 'r');
    expect(unavailable).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', details: { status: 'error' } } });
  });

  it('hides everything about unexpected errors, including other Prisma errors and bad responses', () => {
    for (const error of [new Error('password=hunter2'), prismaError('P1001'), new ZodSerializationException(new z.ZodError([]))]) {
      const mapped = toErrorResponse(error, 'r9');
      expect(mapped).toEqual({
        status: 500,
        body: { code: 'INTERNAL_ERROR', message: expect.any(String), requestId: 'r9' },
        isUnexpected: true,
      });
      expect(mapped.body.message).not.toContain('hunter2');
    }
  });
});
