import { zodResolver } from '@hookform/resolvers/zod';
import { type ChangePasswordInput, ChangePasswordInputSchema } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField, NewPasswordField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useChangePassword } from '../api/profile-mutations';

const EMPTY: ChangePasswordInput = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(ChangePasswordInputSchema), defaultValues: EMPTY });
  const onSubmit = form.handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => form.reset(EMPTY),
      onError: (error) => applyApiFieldErrors(error, form.setError, ['currentPassword', 'newPassword']),
    }),
  );

  return (
    <section aria-labelledby="password-heading" className="panel">
      <h2 id="password-heading">{t('profile.passwordHeading')}</h2>
      <p>{t('profile.passwordIntro')}</p>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        {change.error ? <ErrorMessage error={change.error} /> : null}
        <FormTextField
          control={form.control}
          name="currentPassword"
          label={t('profile.currentPassword')}
          type="password"
          kind="password"
          autoComplete="current-password"
          isRequired
        />
        <NewPasswordField control={form.control} name="newPassword" label={t('profile.newPassword')} />
        <div className="form__actions">
          <Button type="submit" className="button" isPending={change.isPending}>
            {t('profile.changePassword')}
          </Button>
          <span role="status">{change.isSuccess ? t('profile.passwordChanged') : ''}</span>
        </div>
      </Form>
    </section>
  );
}
