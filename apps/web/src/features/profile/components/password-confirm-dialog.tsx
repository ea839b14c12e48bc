import { zodResolver } from '@hookform/resolvers/zod';
import { type ErrorCode, type PasswordConfirmationInput, PasswordConfirmationInputSchema } from '@repo/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';

interface PasswordConfirmDialogProps<T> {
  triggerLabel: string;
  title: string;
  confirmLabel: string;
  isDestructive?: boolean;
  mutation: UseMutationResult<T, Error, PasswordConfirmationInput>;
  onSuccess: (data: T) => void;
  /** Texts of this step's own for some answers (CONFLICT, say). */
  errorOverrides?: Partial<Record<ErrorCode, string>>;
  /** What will happen, said before the password is asked for. */
  children: ReactNode;
}

/** A step that matters (turning off the second factor, deleting the account) asks for the password again. */
export function PasswordConfirmDialog<T>({
  triggerLabel,
  title,
  confirmLabel,
  isDestructive,
  mutation,
  onSuccess,
  errorOverrides,
  children,
}: PasswordConfirmDialogProps<T>) {
  return (
    <DialogTrigger onOpenChange={() => mutation.reset()}>
      <Button className={isDestructive ? 'button button--danger' : 'button button--secondary'}>{triggerLabel}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {title}
                </Heading>
                {children}
                <PasswordForm
                  confirmLabel={confirmLabel}
                  isDestructive={isDestructive}
                  mutation={mutation}
                  errorOverrides={errorOverrides}
                  onCancel={close}
                  onSuccess={(data) => {
                    close();
                    onSuccess(data);
                  }}
                />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

interface PasswordFormProps<T> {
  confirmLabel: string;
  errorOverrides?: Partial<Record<ErrorCode, string>>;
  isDestructive?: boolean;
  mutation: UseMutationResult<T, Error, PasswordConfirmationInput>;
  onCancel: () => void;
  onSuccess: (data: T) => void;
}

function PasswordForm<T>({ confirmLabel, errorOverrides, isDestructive, mutation, onCancel, onSuccess }: PasswordFormProps<T>) {
  const { t } = useTranslation();
  const form = useForm<PasswordConfirmationInput>({ resolver: zodResolver(PasswordConfirmationInputSchema), defaultValues: { password: '' } });
  const onSubmit = form.handleSubmit((values) =>
    mutation.mutate(values, {
      onSuccess,
      onError: (error) => applyApiFieldErrors(error, form.setError, ['password']),
    }),
  );
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {mutation.error ? <ErrorMessage error={mutation.error} overrides={errorOverrides} /> : null}
      <FormTextField
        control={form.control}
        name="password"
        label={t('profile.confirmPassword')}
        type="password"
        kind="password"
        autoComplete="current-password"
        isRequired
      />
      <div className="dialog__actions">
        <Button type="submit" className={isDestructive ? 'button button--danger' : 'button'} isPending={mutation.isPending}>
          {confirmLabel}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </Form>
  );
}
