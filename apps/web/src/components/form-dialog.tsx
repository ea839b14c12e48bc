import type { FormEvent, ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

interface FormDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  heading: string;
  intro?: ReactNode;
  submit: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Opening or closing starts the form afresh. */
  onOpenChange: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/** A short form in a modal dialog ("Ny kontakt", "Ny funktion"): fields, the API's error, submit and cancel. */
export function FormDialog({ trigger, heading, intro, submit, isPending, error, onSubmit, onOpenChange, children }: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger onOpenChange={onOpenChange}>
      <Button className="button button--secondary">{trigger}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {heading}
                </Heading>
                {intro ? <p>{intro}</p> : null}
                <Form className="form" validationBehavior="aria" onSubmit={onSubmit}>
                  {error ? <ErrorMessage error={error} /> : null}
                  {children}
                  <div className="dialog__actions">
                    <Button type="submit" className="button" isPending={isPending}>
                      {submit}
                    </Button>
                    <Button className="button button--secondary" onPress={close}>
                      {t('dialog.cancel')}
                    </Button>
                  </div>
                </Form>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
