import { zodResolver } from '@hookform/resolvers/zod';
import { CreateContactInputSchema } from '@repo/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { FormTextField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';
import { useCreateContact } from '../api/roster-mutations';

const fields = CreateContactInputSchema.shape;
interface NewContactValues {
  name: string;
  title: string;
  email: string;
  phone: string;
}
const NewContactSchema = z.object({
  name: fields.name,
  title: blankOr(fields.title.unwrap().unwrap()),
  email: blankOr(fields.email.unwrap().unwrap()),
  phone: blankOr(fields.phone.unwrap().unwrap()),
}) satisfies z.ZodType<NewContactValues, NewContactValues>;
const FIELDS = ['name', 'title', 'email', 'phone'] as const;

/** "Ny kontakt": the essentials in a dialog, then on to the new contact's page for the rest. */
export function NewContactDialog({ agency }: { agency: { id: string; name: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContact();
  const form = useForm<NewContactValues>({
    resolver: zodResolver(NewContactSchema),
    defaultValues: { name: '', title: '', email: '', phone: '' },
  });
  return (
    <FormDialog
      trigger={t('contacts.create.open')}
      heading={t('contacts.create.heading', { agency: agency.name })}
      intro={t('contacts.create.intro')}
      submit={t('contacts.create.submit')}
      isPending={create.isPending}
      error={create.error}
      onSubmit={form.handleSubmit((values) =>
        create.mutate(
          { agencyId: agency.id, name: values.name, title: nullIfBlank(values.title), email: nullIfBlank(values.email), phone: nullIfBlank(values.phone) },
          {
            onSuccess: (contact) => void navigate(`/contacts/${contact.id}`),
            onError: (error) => applyApiFieldErrors(error, form.setError, FIELDS),
          },
        ),
      )}
      onOpenChange={() => {
        create.reset();
        form.reset();
      }}
    >
      <FormTextField control={form.control} name="name" label={t('contacts.form.name')} autoComplete="off" isRequired />
      <FormTextField control={form.control} name="title" label={t('contacts.form.title')} />
      <FormTextField control={form.control} name="email" label={t('contacts.form.email')} type="email" autoComplete="off" />
      <FormTextField control={form.control} name="phone" label={t('contacts.form.phone')} autoComplete="off" />
    </FormDialog>
  );
}
