import { zodResolver } from '@hookform/resolvers/zod';
import { type AcceptInvitationInput, AcceptInvitationInputSchema, type InvitationPreview } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField, NewPasswordField } from '../../../components/form-fields';
import { formatLongDate } from '../../../lib/dates';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { currentLanguage } from '../../../lib/i18n';
import { useAcceptInvitation } from '../api/auth-mutations';

interface AcceptInvitationFormProps {
  token: string;
  preview: InvitationPreview;
  onAccepted: (email: string) => void;
}

export function AcceptInvitationForm({ token, preview, onAccepted }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(AcceptInvitationInputSchema),
    defaultValues: { token, name: '', password: '' },
  });
  const onSubmit = form.handleSubmit((values) =>
    accept.mutate(values, {
      onSuccess: () => onAccepted(preview.email),
      onError: (error) => applyApiFieldErrors(error, form.setError, ['name', 'password']),
    }),
  );

  return (
    <>
      <dl className="facts">
        <dt>{t('invitation.email')}</dt>
        <dd>{preview.email}</dd>
        <dt>{t('invitation.agency')}</dt>
        <dd>{preview.agencyName}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>{t(`roles.${preview.role}`)}</dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>{formatLongDate(preview.expiresAt, currentLanguage())}</dd>
      </dl>
      {preview.role !== 'MEMBER' ? <p>{t('invitation.mfaNote')}</p> : null}
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        {accept.error ? <ErrorMessage error={accept.error} overrides={{ LINK_INVALID: t('invitation.invalidLink') }} /> : null}
        <FormTextField control={form.control} name="name" label={t('invitation.name')} autoComplete="name" isRequired />
        <NewPasswordField control={form.control} name="password" label={t('invitation.password')} />
        <div className="form__actions">
          <Button type="submit" className="button" isPending={accept.isPending}>
            {t('invitation.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
