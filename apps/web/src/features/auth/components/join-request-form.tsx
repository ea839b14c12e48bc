import { zodResolver } from '@hookform/resolvers/zod';
import { type CreateJoinRequestInput, CreateJoinRequestInputSchema } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorMessage } from '../../../components/error-message';
import { FormComboBox, FormTextField, type Option } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useCreateJoinRequest } from '../api/auth-mutations';

const FIELDS = ['name', 'email', 'agencyId', 'function', 'reason'] as const;

/** Someone without an account asks to join; a coordinator decides and, if yes, an invitation is mailed. */
export function JoinRequestForm({ agencies }: { agencies: readonly Option[] }) {
  const { t } = useTranslation();
  const create = useCreateJoinRequest();
  const form = useForm<CreateJoinRequestInput, unknown, z.output<typeof CreateJoinRequestInputSchema>>({
    resolver: zodResolver(CreateJoinRequestInputSchema),
    defaultValues: { name: '', email: '', agencyId: '', function: '', reason: '' },
  });
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(values, { onError: (error) => applyApiFieldErrors(error, form.setError, FIELDS) }),
  );

  if (create.isSuccess) {
    return (
      <p role="status" className="notice notice--success">
        {t('join.sent')}
      </p>
    );
  }
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {create.error ? <ErrorMessage error={create.error} /> : null}
      <FormTextField control={form.control} name="name" label={t('join.name')} autoComplete="name" isRequired />
      <FormTextField control={form.control} name="email" label={t('join.email')} description={t('join.emailDescription')} type="email" autoComplete="email" isRequired />
      <FormComboBox control={form.control} name="agencyId" label={t('join.agency')} description={t('join.agencyDescription')} options={agencies} isRequired />
      <FormTextField control={form.control} name="function" label={t('join.function')} description={t('join.functionDescription')} autoComplete="organization-title" isRequired maxLength={200} />
      <FormTextField control={form.control} name="reason" label={t('join.reason')} description={t('join.reasonDescription')} isMultiline isRequired maxLength={2000} />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('join.submit')}
        </Button>
      </div>
    </Form>
  );
}
