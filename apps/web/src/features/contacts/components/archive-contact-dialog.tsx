import type { Contact } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useArchiveContact } from '../api/contact-mutations';

/** Archiving asks first: the person leaves the directory, though seats and history keep their name. */
export function ArchiveContactDialog({ contact, onArchived }: { contact: Contact; onArchived: () => void }) {
  const { t } = useTranslation();
  const archive = useArchiveContact(contact.id);
  return (
    <DialogTrigger onOpenChange={() => archive.reset()}>
      <Button className="button button--danger">{t('contacts.archive.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('contacts.archive.heading', { name: contact.name })}
                </Heading>
                <p>{t('contacts.archive.text')}</p>
                {archive.error ? <ErrorMessage error={archive.error} /> : null}
                <div className="dialog__actions button-row">
                  <Button className="button button--danger" isPending={archive.isPending} onPress={() => archive.mutate(undefined, { onSuccess: onArchived })}>
                    {t('contacts.archive.confirm')}
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
