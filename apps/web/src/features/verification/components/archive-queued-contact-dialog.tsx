import type { VerificationQueueItem } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';

interface ArchiveQueuedContactDialogProps {
  contact: VerificationQueueItem;
  isPending: boolean;
  onArchive: (close: () => void) => void;
}

/** Archiving takes the person out of the roster, so it is confirmed first. */
export function ArchiveQueuedContactDialog({ contact, isPending, onArchive }: ArchiveQueuedContactDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      trigger={t('verification.queue.archive')}
      triggerAriaLabel={t('verification.queue.archiveFor', { name: contact.name })}
      heading={t('verification.queue.archiveTitle', { name: contact.name })}
      confirm={t('verification.queue.archiveConfirm')}
      isPending={isPending}
      onConfirm={onArchive}
    >
      <p>{t('verification.queue.archiveText')}</p>
    </ConfirmDialog>
  );
}
