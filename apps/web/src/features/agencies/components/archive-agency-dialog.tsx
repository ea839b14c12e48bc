import type { Agency } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ApiError } from '../../../lib/api-client';
import { useArchiveAgency } from '../api/agency-mutations';

/**
 * Archiving asks first. An agency with sub-organisations is not archived (the API refuses it
 * too), so that none is left hanging under a hidden parent.
 */
export function ArchiveAgencyDialog({ agency, onArchived }: { agency: Agency; onArchived: () => void }) {
  const { t } = useTranslation();
  const archive = useArchiveAgency(agency.id);
  const hasChildren =
    agency.children.length > 0 || (archive.error instanceof ApiError && archive.error.details?.reason === 'HAS_SUB_AGENCIES');
  return (
    <ConfirmDialog
      trigger={t('agencyAdmin.archive')}
      heading={t('agencyAdmin.archiveTitle', { name: agency.name })}
      confirm={hasChildren ? null : t('agencyAdmin.archiveConfirm')}
      isPending={archive.isPending}
      error={hasChildren ? null : archive.error}
      onConfirm={(close) =>
        archive.mutate(undefined, {
          onSuccess: () => {
            close();
            onArchived();
          },
        })
      }
      onOpenChange={() => archive.reset()}
    >
      <p>{hasChildren ? t('agencyAdmin.archiveHasChildren') : t('agencyAdmin.archiveText')}</p>
    </ConfirmDialog>
  );
}
