import { zodResolver } from '@hookform/resolvers/zod';
import { CreateFunctionInputSchema, FUNCTION_KIND_NAMES, type FunctionKind, FUNCTION_KINDS, FunctionKindSchema } from '@repo/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { FormDialog } from '../../../components/form-dialog';
import { FormSelect, FormTextField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';
import { currentLanguage } from '../../../lib/i18n';
import { useCreateFunction } from '../api/roster-mutations';

const fields = CreateFunctionInputSchema.shape;
interface NewFunctionValues {
  name: string;
  kind: FunctionKind;
  mailbox: string;
  phone: string;
}
const NewFunctionSchema = z.object({
  name: fields.name,
  kind: FunctionKindSchema,
  mailbox: blankOr(fields.mailbox.unwrap().unwrap()),
  phone: blankOr(fields.phone.unwrap().unwrap()),
}) satisfies z.ZodType<NewFunctionValues, NewFunctionValues>;
const FIELDS = ['name', 'kind', 'mailbox', 'phone'] as const;

/** "Ny funktion": the seat itself; holder and deputy follow with a handover on its page. */
export function NewFunctionDialog({ agency }: { agency: { id: string; name: string } }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const create = useCreateFunction();
  const form = useForm<NewFunctionValues>({
    resolver: zodResolver(NewFunctionSchema),
    defaultValues: { name: '', kind: 'OTHER', mailbox: '', phone: '' },
  });
  return (
    <FormDialog
      trigger={t('functions.create.open')}
      heading={t('functions.create.heading', { agency: agency.name })}
      intro={t('functions.create.intro')}
      submit={t('functions.create.submit')}
      isPending={create.isPending}
      error={create.error}
      onSubmit={form.handleSubmit((values) =>
        create.mutate(
          { agencyId: agency.id, ...values, mailbox: nullIfBlank(values.mailbox), phone: nullIfBlank(values.phone) },
          {
            onSuccess: (seat) => void navigate(`/functions/${seat.id}`),
            onError: (error) => applyApiFieldErrors(error, form.setError, FIELDS),
          },
        ),
      )}
      onOpenChange={() => {
        create.reset();
        form.reset();
      }}
    >
      <FormTextField control={form.control} name="name" label={t('functions.form.name')} autoComplete="off" isRequired />
      <FormSelect
        control={form.control}
        name="kind"
        label={t('functions.form.kind')}
        options={FUNCTION_KINDS.map((kind) => ({ id: kind, label: FUNCTION_KIND_NAMES[kind][language] }))}
        isRequired
      />
      <FormTextField
        control={form.control}
        name="mailbox"
        label={t('functions.form.mailbox')}
        description={t('functions.form.mailboxDescription')}
        type="email"
        autoComplete="off"
      />
      <FormTextField control={form.control} name="phone" label={t('functions.form.phone')} autoComplete="off" />
    </FormDialog>
  );
}
