import { zodResolver } from '@hookform/resolvers/zod';
import { type AgencyFunction, HandoverInputSchema } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useHandOverFunction } from '../api/function-mutations';
import { functionQueries } from '../api/function-queries';
import { ContactPicker, type PickedPerson } from '../../../components/contact-picker';

const PersonSchema = z.object({ id: z.uuid(), name: z.string(), agencyName: z.string().optional() });

const HandoverFormSchema = z
  .object({ holder: PersonSchema.nullable(), deputy: PersonSchema.nullable(), note: HandoverInputSchema.shape.note.unwrap() })
  .refine((values) => !values.holder || values.holder.id !== values.deputy?.id, { path: ['deputy'], message: 'same as the holder' });
type HandoverFormValues = z.infer<typeof HandoverFormSchema>;

interface HandoverDialogProps {
  seat: AgencyFunction;
  onHandedOver: () => void;
}

/** "Lämna över": a new holder and deputy, and a note for the history, in one action. */
export function HandoverDialog({ seat, onHandedOver }: HandoverDialogProps) {
  const { t } = useTranslation();
  const handOver = useHandOverFunction(seat.id);
  return (
    <DialogTrigger onOpenChange={() => handOver.reset()}>
      <Button className="button">{t('functions.handover.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal--wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('functions.handover.heading', { name: seat.name })}
                </Heading>
                <HandoverForm
                  seat={seat}
                  mutation={handOver}
                  onCancel={close}
                  onDone={() => {
                    close();
                    onHandedOver();
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

interface HandoverFormProps {
  seat: AgencyFunction;
  mutation: ReturnType<typeof useHandOverFunction>;
  onCancel: () => void;
  onDone: () => void;
}

function HandoverForm({ seat, mutation, onCancel, onDone }: HandoverFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [changedMeanwhile, setChangedMeanwhile] = useState<AgencyFunction | null>(null);
  const form = useForm<HandoverFormValues>({
    resolver: zodResolver(HandoverFormSchema),
    defaultValues: { holder: seat.holder, deputy: seat.deputy, note: '' },
  });

  const onSubmit = form.handleSubmit((values) =>
    mutation.mutate(
      { version: seat.version, holderId: values.holder?.id ?? null, deputyId: values.deputy?.id ?? null, note: values.note || undefined },
      {
        onSuccess: onDone,
        onError: (error) => {
          // Someone handed it over or edited it meanwhile: show who holds it now; the choices stay for another try.
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            void queryClient.fetchQuery({ ...functionQueries.detail(seat.id), staleTime: 0 }).then(setChangedMeanwhile, () => undefined);
            return;
          }
          applyApiFieldErrors(error, form.setError, ['note']);
          if (error instanceof ApiError) {
            for (const issue of error.issues) {
              const field = issue.path.at(-1) === 'holderId' ? 'holder' : issue.path.at(-1) === 'deputyId' ? 'deputy' : null;
              if (field) form.setError(field, { type: issue.code, message: issue.message });
            }
          }
        },
      },
    ),
  );

  const pickerError = (type: string | undefined) =>
    type === undefined ? undefined : type === 'custom' ? t('functions.handover.sameAsHolder') : t('functions.handover.notInRoster');
  const nobody = t('functions.handovers.nobody');
  const isConflict = mutation.error instanceof ApiError && mutation.error.code === 'VERSION_CONFLICT';
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {mutation.error && !isConflict ? <ErrorMessage error={mutation.error} /> : null}
      {isConflict && changedMeanwhile ? (
        <p role="alert" className="notice notice--warning">
          {t('functions.handover.changedMeanwhile', {
            holder: changedMeanwhile.holder?.name ?? nobody,
            deputy: changedMeanwhile.deputy?.name ?? nobody,
          })}
        </p>
      ) : null}
      <Controller
        control={form.control}
        name="holder"
        render={({ field, fieldState }) => (
          <ContactPicker
            label={t('functions.handover.holder')}
            description={t('functions.handover.holderDescription')}
            agencyId={seat.agency.id}
            value={field.value as PickedPerson | null}
            onChange={field.onChange}
            errorMessage={pickerError(fieldState.error?.type)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="deputy"
        render={({ field, fieldState }) => (
          <ContactPicker
            label={t('functions.handover.deputy')}
            description={t('functions.handover.deputyDescription')}
            agencyId={seat.agency.id}
            value={field.value as PickedPerson | null}
            onChange={field.onChange}
            errorMessage={pickerError(fieldState.error?.type)}
          />
        )}
      />
      <FormTextField
        control={form.control}
        name="note"
        label={t('functions.handover.note')}
        description={t('functions.handover.noteDescription')}
        isMultiline
        maxLength={500}
      />
      <div className="dialog__actions">
        <Button type="submit" className="button" isPending={mutation.isPending}>
          {t('functions.handover.submit')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </Form>
  );
}
