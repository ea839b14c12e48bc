import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './download-name';
import type { ResourceFileDownload } from './resource-files.service';

/**
 * A stored file as a download that no browser renders: always an attachment, never sniffed, and
 * sandboxed without any right should it be opened anyway. Not cached, since access can be withdrawn.
 */
export function downloadResponse(reply: FastifyReply, download: ResourceFileDownload): StreamableFile {
  void reply.headers({
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    etag: `"${download.sha256}"`,
  });
  return new StreamableFile(download.stream, { type: download.mediaType, disposition: contentDisposition(download.name), length: download.sizeBytes });
}
