import { ResourceFileUploadFieldsSchema, type FileRefusalReason } from '@repo/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/errors/app-error';
import { parseFormFields, readSingleFileForm, type FormLimit } from '../../common/http/read-single-file-form';

export interface ResourceFileUpload {
  bytes: Buffer;
  /** The name the uploader's computer gave it, unsanitised. */
  fileName: string;
  /** The file this upload is a new version of. */
  replaces?: string;
}

const FILE_FIELD = 'file';

/** A refused upload, as details.issues at path ["file"]; too_large is a 413, the rest 400. */
export function fileRefusal(code: FileRefusalReason, message: string): AppError {
  return new AppError(code === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED', message, { issues: [{ path: ['file'], code, message }] });
}

/**
 * Browsers escape three characters of a file's name in a multipart header (the HTML standard's
 * multipart/form-data encoding): line feed, carriage return and the double quote.
 */
function decodeFormFileName(name: string): string {
  return name.replace(/%(0A|0D|22)/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;
}

function overLimit(limit: FormLimit, maxBytes: number): AppError {
  switch (limit) {
    case 'file_size':
      return fileRefusal('too_large', `The file is larger than ${megabytes(maxBytes)}, the most a resource file may be.`);
    case 'files':
      return fileRefusal('too_many_files', 'Send one file per upload.');
    case 'fields':
      return new AppError('VALIDATION_FAILED', 'The form has more fields than an upload takes.', {
        issues: [{ path: [], code: 'too_many_fields', message: `Send only "${FILE_FIELD}" and, for a new version, "replaces".` }],
      });
  }
}

/**
 * The file of a resource upload (multipart field "file") and the field "replaces", read whole into
 * memory up to maxBytes: the type is detected from all of it and its checksum taken before any of
 * it is stored. A larger file is a 413, a second file or a file in another field a 400.
 */
export async function readResourceFileUpload(request: FastifyRequest, maxBytes: number): Promise<ResourceFileUpload> {
  if (!request.isMultipart()) throw fileRefusal('missing', `Send the file as multipart/form-data in the field "${FILE_FIELD}".`);
  const { file, strayFileField, fields } = await readSingleFileForm(request, {
    maxBytes,
    fileField: FILE_FIELD,
    maxFields: 3,
    maxFieldBytes: 200,
    overLimit: (limit) => overLimit(limit, maxBytes),
  });
  if (!file) {
    throw fileRefusal(
      'missing',
      strayFileField === undefined
        ? `Choose a file: the multipart field "${FILE_FIELD}" is missing.`
        : `The file goes in the field "${FILE_FIELD}", not "${strayFileField}".`,
    );
  }
  const { replaces } = parseFormFields(ResourceFileUploadFieldsSchema, fields);
  return { bytes: file.bytes, fileName: decodeFormFileName(file.fileName), ...(replaces ? { replaces } : {}) };
}
