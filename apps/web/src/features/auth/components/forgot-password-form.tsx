import { zodResolver } from '@hookform/resolvers/zod';
import { ForgotPasswordInputSchema } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useForgotPassword } from '../api/auth-mutations';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const form = useForm<z.input<typeof ForgotPasswordInputSchema>, unknown, z.output<typeof ForgotPasswordInputSchema>>({
    resolver: zodResolver(ForgotPasswordInputSchema),
    defaultValues: { email: '' },
  });
  const onSubmit = form.handleSubmit((values) =>
    forgot.mutate(values, { onError: (error) => applyApiFieldErrors(error, form.setError, ['email']) }),
  );

  if (forgot.isSuccess) {
    return (
      <p role="status" className="notice notice--success">
        {t('forgotPassword.sent')}
      </p>
    );
  }
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {forgot.error ? <ErrorMessage error={forgot.error} /> : null}
      <FormTextField control={form.control} name="email" label={t('login.email')} type="email" autoComplete="email" isRequired />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={forgot.isPending}>
          {t('forgotPassword.submit')}
        </Button>
      </div>
    </Form>
  );
}
