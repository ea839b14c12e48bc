import { zodResolver } from '@hookform/resolvers/zod';
import { type ResetPasswordInput, ResetPasswordInputSchema } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { NewPasswordField } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useResetPassword } from '../api/auth-mutations';

export function ResetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(ResetPasswordInputSchema), defaultValues: { token, password: '' } });
  const onSubmit = form.handleSubmit((values) =>
    reset.mutate(values, { onSuccess: onDone, onError: (error) => applyApiFieldErrors(error, form.setError, ['password']) }),
  );
  const isLinkInvalid = reset.error instanceof ApiError && reset.error.code === 'LINK_INVALID';

  if (isLinkInvalid) return <InvalidLink />;
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {reset.error ? <ErrorMessage error={reset.error} /> : null}
      <NewPasswordField control={form.control} name="password" label={t('resetPassword.password')} />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={reset.isPending}>
          {t('resetPassword.submit')}
        </Button>
      </div>
    </Form>
  );
}

export function InvalidLink() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--warning">
      <p>{t('resetPassword.invalidLink')}</p>
      <p>
        <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
      </p>
    </div>
  );
}
