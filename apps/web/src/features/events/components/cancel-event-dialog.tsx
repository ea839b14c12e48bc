import { CancelEventInputSchema, type Event, PERSONAL_IDENTITY_NUMBER_MESSAGE } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ApiError } from '../../../lib/api-client';
import { useCancelEvent } from '../api/event-mutations';
import { eventKeys } from '../api/event-queries';

const ReasonSchema = CancelEventInputSchema.shape.reason;
const REASON_MAX_LENGTH = ReasonSchema.unwrap().maxLength ?? 1000;

/** Whether the reason (checked here, or by the API) holds a personnummer: the mail must not carry one. */
function hasPersonalIdentityNumber(error: unknown, reason: string): boolean {
  if (error instanceof ApiError) return error.issues.some((issue) => issue.path.includes('reason') && issue.message === PERSONAL_IDENTITY_NUMBER_MESSAGE);
  return ReasonSchema.safeParse(reason).error?.issues.some((issue) => issue.message === PERSONAL_IDENTITY_NUMBER_MESSAGE) ?? false;
}

interface CancelEventDialogProps {
  event: Event;
  /** After the event is cancelled and the dialog closed (the button that opened it may be gone then). */
  onCancelled?: (event: Event) => void;
}

/**
 * "Ställ in": asks first, says who will be mailed, and takes an optional reason for the mail. The
 * event stays in the calendar, marked cancelled. When the event changed meanwhile (412) or was
 * cancelled already (409), the page catches up and the dialog says so.
 */
export function CancelEventDialog({ event, onCancelled }: CancelEventDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useCancelEvent(event.id);
  const [reason, setReason] = useState('');
  const [isReasonRefused, setReasonRefused] = useState(false);
  const notified = event.registeredCount + event.waitlistCount;

  return (
    <ConfirmDialog
      trigger={t('eventForm.cancel.open')}
      heading={t('eventForm.cancel.heading', { title: event.title })}
      confirm={t('eventForm.cancel.confirm')}
      isPending={cancel.isPending}
      error={isReasonRefused ? null : cancel.error}
      errorOverrides={{ VERSION_CONFLICT: t('eventForm.cancel.changedMeanwhile'), CONFLICT: t('eventForm.cancel.alreadyCancelled') }}
      onConfirm={(close) => {
        const refused = hasPersonalIdentityNumber(null, reason);
        setReasonRefused(refused);
        if (refused) return;
        cancel.mutate(
          { version: event.version, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) },
          {
            onSuccess: (cancelled) => {
              close();
              onCancelled?.(cancelled);
            },
            onError: (error) => {
              setReasonRefused(hasPersonalIdentityNumber(error, reason));
              // The event changed or was cancelled meanwhile: show it as it is now; a retry uses its version.
              if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
                void queryClient.invalidateQueries({ queryKey: eventKeys.detail(event.id) });
              }
            },
          },
        );
      }}
      onOpenChange={() => {
        cancel.reset();
        setReason('');
        setReasonRefused(false);
      }}
    >
      <p>{t('eventForm.cancel.text')}</p>
      <p>{t('eventForm.cancel.notified', { count: notified })}</p>
      <TextField
        className="field"
        value={reason}
        onChange={setReason}
        maxLength={REASON_MAX_LENGTH}
        isInvalid={isReasonRefused}
        validationBehavior="aria"
      >
        <Label className="field__label">{t('eventForm.cancel.reason')}</Label>
        <Text slot="description" className="field__description">
          {t('eventForm.cancel.reasonHelp')}
        </Text>
        <TextArea className="input input--multiline" rows={3} />
        <FieldError className="field__error">{t('eventForm.cancel.reasonPersonalIdentityNumber')}</FieldError>
      </TextField>
    </ConfirmDialog>
  );
}
