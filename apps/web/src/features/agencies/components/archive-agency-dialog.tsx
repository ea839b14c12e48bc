import type { Agency } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
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
    <DialogTrigger onOpenChange={() => archive.reset()}>
      <Button className="button button--danger">{t('agencyAdmin.archive')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('agencyAdmin.archiveTitle', { name: agency.name })}
                </Heading>
                <p>{hasChildren ? t('agencyAdmin.archiveHasChildren') : t('agencyAdmin.archiveText')}</p>
                {archive.error && !hasChildren ? <ErrorMessage error={archive.error} /> : null}
                <div className="dialog__actions">
                  {hasChildren ? null : (
                    <Button
                      className="button button--danger"
                      isPending={archive.isPending}
                      onPress={() =>
                        archive.mutate(undefined, {
                          onSuccess: () => {
                            close();
                            onArchived();
                          },
                        })
                      }
                    >
                      {t('agencyAdmin.archiveConfirm')}
                    </Button>
                  )}
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
