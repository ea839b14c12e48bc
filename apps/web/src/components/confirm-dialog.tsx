import type { ErrorCode } from '@repo/contracts';
import type { ReactNode, Ref } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

interface ConfirmDialogProps {
  /** The button that opens the dialog, and its accessible name when the text alone is ambiguous. */
  trigger: string;
  triggerAriaLabel?: string;
  /** For moving focus to the trigger, e.g. when it replaces the button that was just pressed. */
  triggerRef?: Ref<HTMLButtonElement>;
  heading: string;
  children: ReactNode;
  /** The confirming button; none when the action is not possible (the text says why). */
  confirm: string | null;
  isPending: boolean;
  error?: unknown;
  /** The action's own text for an error code, where the general one would be vague. */
  errorOverrides?: Partial<Record<ErrorCode, string>>;
  /** Runs the action; call close when it is done. */
  onConfirm: (close: () => void) => void;
  onOpenChange?: (isOpen: boolean) => void;
}

/** Asks before a consequential action (archiving): a modal alert dialog with confirm and cancel. */
export function ConfirmDialog({ trigger, triggerAriaLabel, triggerRef, heading, children, confirm, isPending, error, errorOverrides, onConfirm, onOpenChange }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger onOpenChange={onOpenChange}>
      <Button ref={triggerRef} className="button button--danger" aria-label={triggerAriaLabel}>
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {heading}
                </Heading>
                {children}
                {error ? <ErrorMessage error={error} overrides={errorOverrides} /> : null}
                <div className="dialog__actions button-row">
                  {confirm ? (
                    <Button className="button button--danger" isPending={isPending} onPress={() => onConfirm(close)}>
                      {confirm}
                    </Button>
                  ) : null}
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
