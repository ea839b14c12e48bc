import type { ResourceStatus } from '@repo/contracts';
import { AppError } from '../../common/errors/app-error';

/** details.reason of the 409 a published resource without a link or a file gets. */
export const LINK_OR_FILE_REQUIRED = 'link_or_file_required';

/**
 * Readers of a published resource must find something in it: a link or at least one file. Checked
 * when publishing, when the link is removed and when a file is deleted.
 */
export function assertPublishedHasContent(resource: { status: ResourceStatus; linkUrl: string | null }, fileCount: number): void {
  if (resource.status === 'PUBLISHED' && resource.linkUrl === null && fileCount === 0) {
    throw new AppError('CONFLICT', 'A published resource needs a link or at least one file: add one, or make it a draft.', { reason: LINK_OR_FILE_REQUIRED });
  }
}
