import { zodResolver } from '@hookform/resolvers/zod';
import type { Agency, Municipality } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import type { Option } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useCreateAgency } from '../api/agency-mutations';
import { AGENCY_FORM_FIELDS, type AgencyFormOutput, type AgencyFormValues, agencyFormSchema, EMPTY_AGENCY_FORM, toCreateAgencyInput } from './agency-form';
import { AgencyFormFields } from './agency-form-fields';
import { ParentFieldError } from './parent-field-error';

interface CreateAgencyDialogProps {
  municipalities: readonly Municipality[];
  parentOptions: readonly Option[];
  /** Where the user may place a new agency: every municipality, or those of their scope. */
  editableCodes: 'all' | readonly string[];
  onCreated: (agency: Agency) => void;
}

/** "New organisation": for coordinators (within their municipalities) and administrators. */
export function CreateAgencyDialog({ onCreated, ...formProps }: CreateAgencyDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t('agencyAdmin.create')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal--wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('agencyAdmin.createTitle')}
                </Heading>
                <p>{t('agencyAdmin.createIntro')}</p>
                <CreateAgencyForm
                  {...formProps}
                  onCancel={close}
                  onCreated={(agency) => {
                    close();
                    onCreated(agency);
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

interface CreateAgencyFormProps extends Omit<CreateAgencyDialogProps, 'onCreated'> {
  onCancel: () => void;
  onCreated: (agency: Agency) => void;
}

function CreateAgencyForm({ municipalities, parentOptions, editableCodes, onCancel, onCreated }: CreateAgencyFormProps) {
  const { t } = useTranslation();
  const create = useCreateAgency();
  const form = useForm<AgencyFormValues, unknown, AgencyFormOutput>({ resolver: zodResolver(agencyFormSchema), defaultValues: EMPTY_AGENCY_FORM });
  const onSubmit = form.handleSubmit((values) =>
    create.mutate(toCreateAgencyInput(values), {
      onSuccess: onCreated,
      onError: (error) => applyApiFieldErrors(error, form.setError, AGENCY_FORM_FIELDS),
    }),
  );

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {create.error ? (
        <ErrorMessage error={create.error}>
          <ParentFieldError error={create.error} />
        </ErrorMessage>
      ) : null}
      <AgencyFormFields control={form.control} municipalities={municipalities} parentOptions={parentOptions} withStructure editableCodes={editableCodes} />
      <div className="dialog__actions">
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('agencyAdmin.createSubmit')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </Form>
  );
}
