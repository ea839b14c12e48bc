import type { VerificationQueueItem } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface ArchiveQueuedContactDialogProps {
  contact: VerificationQueueItem;
  isPending: boolean;
  onArchive: (close: () => void) => void;
}

/** Archiving takes the person out of the roster, so it is confirmed first. */
export function ArchiveQueuedContactDialog({ contact, isPending, onArchive }: ArchiveQueuedContactDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button button--danger" aria-label={t('verification.queue.archiveFor', { name: contact.name })}>
        {t('verification.queue.archive')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('verification.queue.archiveTitle', { name: contact.name })}
                </Heading>
                <p>{t('verification.queue.archiveText')}</p>
                <div className="dialog__actions">
                  <Button className="button button--danger" isPending={isPending} onPress={() => onArchive(close)}>
                    {t('verification.queue.archiveConfirm')}
                  </Button>
                  <Button className="button button--secondary" onPress={close}>
                    {t('dialog.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
