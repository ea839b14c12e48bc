import type { Multipart } from '@fastify/multipart';
import { ROSTER_IMPORT_MAX_BYTES, RosterImportFieldsSchema, type RosterImportQuery } from '@repo/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import { fileError } from './roster-file-parser';

export interface RosterUpload {
  bytes: Buffer;
  fileName: string;
  dryRun: boolean;
}

const FILE_FIELD = 'file';

function isTooLarge(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE';
}

/**
 * The file of a roster import (multipart field "file") and whether it is a dry run: the
 * multipart field "dryRun" or the query parameter of that name, true unless one says false. The
 * file is read into memory, up to ROSTER_IMPORT_MAX_BYTES (a larger one is a 413).
 */
export async function readRosterUpload(request: FastifyRequest, query: RosterImportQuery): Promise<RosterUpload> {
  if (!request.isMultipart()) throw fileError('required', 'Send the file as multipart/form-data in the field "file".');
  let file: { bytes: Buffer; fileName: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    const parts: AsyncIterable<Multipart> = request.parts({ limits: { fileSize: ROSTER_IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 100 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== FILE_FIELD) throw fileError('required', `The file goes in the field "${FILE_FIELD}", not "${part.fieldname}".`);
        file = { bytes, fileName: part.filename.slice(0, 200) };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (isTooLarge(error)) {
      throw fileError('too_large', `The file is larger than ${ROSTER_IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`);
    }
    throw error;
  }
  if (!file) throw fileError('required', `Choose a file: the multipart field "${FILE_FIELD}" is missing.`);

  const parsed = RosterImportFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The form fields are invalid; see details.issues.', {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })),
    });
  }
  const { dryRun: fieldValue } = parsed.data;
  if (fieldValue !== undefined && query.dryRun !== undefined && fieldValue !== query.dryRun) {
    throw new AppError('VALIDATION_FAILED', 'dryRun is given twice with different values.', {
      issues: [{ path: ['dryRun'], code: 'conflict', message: 'The form field and the query parameter disagree.' }],
    });
  }
  return { ...file, dryRun: (fieldValue ?? query.dryRun) !== 'false' };
}
