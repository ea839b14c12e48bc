import request from 'supertest';
import type { TestApp } from './create-test-app';
import { asApp } from './principals';
import { storageOf } from './resources';

export interface UploadOptions {
  /** The name the uploader's computer gives it. */
  filename?: string;
  /** What the browser claims it is; the server never believes it. */
  contentType?: string;
  replaces?: string;
  /** The multipart field the file is sent in ("file" unless given). */
  field?: string;
}

/** A file upload as the web app sends it. */
export function uploadFile(t: TestApp, cookie: string | undefined, resourceId: string, bytes: Buffer, options: UploadOptions = {}) {
  const test = asApp(request(t.http).post(`/api/resources/${resourceId}/files`), { cookie });
  if (options.replaces) test.field('replaces', options.replaces);
  return test.attach(options.field ?? 'file', bytes, { filename: options.filename ?? 'dokument.bin', contentType: options.contentType ?? 'application/octet-stream' });
}

/** A GET whose body is collected as bytes, whatever its type; an error answer (JSON) is parsed. */
export function downloadBytes(t: TestApp, cookie: string | undefined, path: string) {
  const test = request(t.http).get(path);
  if (cookie) test.set('Cookie', cookie);
  return test.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => {
      const body = Buffer.concat(chunks);
      const isJson = /^application\/json/.test(String(response.headers['content-type']));
      done(null, isJson ? (JSON.parse(body.toString('utf8')) as unknown) : body);
    });
  });
}

/** Every key stored for the resource: what a refused upload must leave empty. */
export function storedKeys(t: TestApp, resourceId: string): Promise<string[]> {
  return storageOf(t).list(`resources/${resourceId}/`);
}

/** Every row the resource's files left in the database. */
export async function fileRows(t: TestApp, resourceId: string) {
  return {
    files: await t.prisma.resourceFile.count({ where: { resourceId } }),
    versions: await t.prisma.resourceFileVersion.count({ where: { file: { resourceId } } }),
  };
}
