import { zodResolver } from '@hookform/resolvers/zod';
import { CreateContactInputSchema } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorMessage } from '../../../components/error-message';
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
    <DialogTrigger
      onOpenChange={() => {
        create.reset();
        form.reset();
      }}
    >
      <Button className="button button--secondary">{t('contacts.create.open')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('contacts.create.heading', { agency: agency.name })}
                </Heading>
                <p>{t('contacts.create.intro')}</p>
                <Form
                  className="form"
                  validationBehavior="aria"
                  onSubmit={form.handleSubmit((values) =>
                    create.mutate(
                      { agencyId: agency.id, name: values.name, title: nullIfBlank(values.title), email: nullIfBlank(values.email), phone: nullIfBlank(values.phone) },
                      {
                        onSuccess: (contact) => void navigate(`/contacts/${contact.id}`),
                        onError: (error) => applyApiFieldErrors(error, form.setError, FIELDS),
                      },
                    ),
                  )}
                >
                  {create.error ? <ErrorMessage error={create.error} /> : null}
                  <FormTextField control={form.control} name="name" label={t('contacts.form.name')} autoComplete="off" isRequired />
                  <FormTextField control={form.control} name="title" label={t('contacts.form.title')} />
                  <FormTextField control={form.control} name="email" label={t('contacts.form.email')} type="email" autoComplete="off" />
                  <FormTextField control={form.control} name="phone" label={t('contacts.form.phone')} autoComplete="off" />
                  <div className="dialog__actions">
                    <Button type="submit" className="button" isPending={create.isPending}>
                      {t('contacts.create.submit')}
                    </Button>
                    <Button className="button button--secondary" onPress={close}>
                      {t('dialog.cancel')}
                    </Button>
                  </div>
                </Form>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
