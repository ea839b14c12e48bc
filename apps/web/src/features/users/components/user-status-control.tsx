import type { UpdateUserInput, User } from '@repo/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface UserStatusControlProps {
  user: User;
  update: UseMutationResult<User, Error, UpdateUserInput>;
}

/** Disabling ends all the user's sessions at once, so it is confirmed first; enabling is not. */
export function UserStatusControl({ user, update }: UserStatusControlProps) {
  const { t } = useTranslation();
  const isPending = update.isPending && update.variables?.status !== undefined;
  if (user.status === 'DISABLED') {
    return (
      <Button className="button button--secondary" isPending={isPending} onPress={() => update.mutate({ version: user.version, status: 'ACTIVE' })}>
        {t('users.enable')}
      </Button>
    );
  }
  return (
    <DialogTrigger>
      <Button className="button button--danger">{t('users.disable')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('users.disableTitle', { name: user.name })}
                </Heading>
                <p>{t('users.disableText')}</p>
                <div className="dialog__actions">
                  <Button
                    className="button button--danger"
                    isPending={isPending}
                    onPress={() => update.mutate({ version: user.version, status: 'DISABLED' }, { onSettled: close })}
                  >
                    {t('users.disableConfirm')}
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
