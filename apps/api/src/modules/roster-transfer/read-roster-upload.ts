import { ROSTER_IMPORT_MAX_BYTES, RosterImportFieldsSchema, type RosterImportQuery } from '@repo/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import { parseFormFields, readSingleFileForm } from '../../common/http/read-single-file-form';
import { fileError } from './roster-file-parser';

export interface RosterUpload {
  bytes: Buffer;
  fileName: string;
  dryRun: boolean;
}

const FILE_FIELD = 'file';

/**
 * The file of a roster import (multipart field "file") and whether it is a dry run: the
 * multipart field "dryRun" or the query parameter of that name, true unless one says false. The
 * file is read into memory, up to ROSTER_IMPORT_MAX_BYTES (a larger one is a 413).
 */
export async function readRosterUpload(request: FastifyRequest, query: RosterImportQuery): Promise<RosterUpload> {
  if (!request.isMultipart()) throw fileError('required', 'Send the file as multipart/form-data in the field "file".');
  const { file, strayFileField, fields } = await readSingleFileForm(request, {
    maxBytes: ROSTER_IMPORT_MAX_BYTES,
    fileField: FILE_FIELD,
    maxFields: 5,
    maxFieldBytes: 100,
    overLimit: (limit) =>
      limit === 'file_size' ? fileError('too_large', `The file is larger than ${ROSTER_IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`) : undefined,
    stopAtStrayFile: true,
  });
  if (strayFileField !== undefined) throw fileError('required', `The file goes in the field "${FILE_FIELD}", not "${strayFileField}".`);
  if (!file) throw fileError('required', `Choose a file: the multipart field "${FILE_FIELD}" is missing.`);

  const { dryRun: fieldValue } = parseFormFields(RosterImportFieldsSchema, fields);
  if (fieldValue !== undefined && query.dryRun !== undefined && fieldValue !== query.dryRun) {
    throw new AppError('VALIDATION_FAILED', 'dryRun is given twice with different values.', {
      issues: [{ path: ['dryRun'], code: 'conflict', message: 'The form field and the query parameter disagree.' }],
    });
  }
  return { bytes: file.bytes, fileName: file.fileName.slice(0, 200), dryRun: (fieldValue ?? query.dryRun) !== 'false' };
}
