import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';

/** A limit of the form that a request went over. */
export type FormLimit = 'file_size' | 'files' | 'fields';

export interface SingleFileFormOptions {
  /** The largest file taken, in bytes. */
  maxBytes: number;
  /** The multipart field the file goes in. */
  fileField: string;
  /** How many text fields the form may have. */
  maxFields: number;
  /** The longest a text field may be, in bytes. */
  maxFieldBytes: number;
  /** The error to answer a limit with; undefined leaves the parser's own (a 413). */
  overLimit?: (limit: FormLimit) => Error | undefined;
  /** Stop reading at a file sent in another field, instead of reading on to the end of the form. */
  stopAtStrayFile?: boolean;
}

export interface SingleFileForm {
  /** The file, read whole into memory; undefined when none came in the file field. */
  file: { bytes: Buffer; fileName: string } | undefined;
  /** The field a file was sent in instead of the file field, if one was. */
  strayFileField: string | undefined;
  /** The text fields by name. */
  fields: Record<string, string>;
}

const LIMIT_OF_CODE: Readonly<Record<string, FormLimit>> = {
  FST_REQ_FILE_TOO_LARGE: 'file_size',
  FST_FILES_LIMIT: 'files',
  FST_FIELDS_LIMIT: 'fields',
  FST_PARTS_LIMIT: 'fields',
};

function limitOf(error: unknown): FormLimit | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? LIMIT_OF_CODE[code] : undefined;
}

/**
 * A multipart form of one file and a few text fields (the caller checks request.isMultipart()
 * first). The file is read whole, up to maxBytes, so that its content can be checked before any
 * of it is kept. The file's name is given as the browser sent it.
 */
export async function readSingleFileForm(request: FastifyRequest, options: SingleFileFormOptions): Promise<SingleFileForm> {
  const form: SingleFileForm = { file: undefined, strayFileField: undefined, fields: {} };
  try {
    const parts: AsyncIterable<Multipart> = request.parts({
      limits: { fileSize: options.maxBytes, files: 1, fields: options.maxFields, fieldSize: options.maxFieldBytes },
    });
    for await (const part of parts) {
      if (part.type === 'file') {
        // Read to the end in every case, so that the size limit and the parser see the whole part.
        const bytes = await part.toBuffer();
        if (part.fieldname === options.fileField) {
          form.file = { bytes, fileName: part.filename };
        } else {
          form.strayFileField = part.fieldname;
          if (options.stopAtStrayFile) break;
        }
      } else {
        form.fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    const limit = limitOf(error);
    throw (limit && options.overLimit?.(limit)) || error;
  }
  return form;
}

/** The form's text fields by the schema, or a 400 naming each bad field. */
export function parseFormFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The form fields are invalid; see details.issues.', {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message })),
    });
  }
  return parsed.data;
}
