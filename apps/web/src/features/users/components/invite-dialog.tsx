import { zodResolver } from '@hookform/resolvers/zod';
import { canAssignRole, type CreateInvitationInput, CreateInvitationInputSchema, type Invitation, INVITATION_VALID_DAYS, type Role, ROLES } from '@repo/contracts';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorMessage } from '../../../components/error-message';
import { FormComboBox, FormSelect, FormTextField, type Option } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useCreateInvitation } from '../api/invitation-mutations';
import { CoordinatorScopeFields, scopeIsEmpty } from './coordinator-scope-fields';

const schema = CreateInvitationInputSchema.superRefine((value, ctx) => {
  if (value.role === 'COORDINATOR' && scopeIsEmpty(value.coordinatorScope)) {
    ctx.addIssue({ code: 'custom', path: ['coordinatorScope', 'municipalityCodes'], message: 'choose where the coordinator acts' });
  }
});

type FormValues = z.input<typeof schema>;

interface InviteDialogProps {
  actorRole: Role;
  agencies: readonly Option[];
  municipalities: readonly Option[];
  onInvited: (invitation: Invitation) => void;
}

/** Invites someone by email; the invitation mail carries a link valid for a week. */
export function InviteDialog({ actorRole, agencies, municipalities, onInvited }: InviteDialogProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t('invitations.invite')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal--wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('invitations.inviteTitle')}
                </Heading>
                <p>{t('invitations.inviteIntro', { count: INVITATION_VALID_DAYS })}</p>
                <InviteForm
                  actorRole={actorRole}
                  agencies={agencies}
                  municipalities={municipalities}
                  onCancel={close}
                  onInvited={(invitation) => {
                    close();
                    onInvited(invitation);
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

interface InviteFormProps extends Omit<InviteDialogProps, 'onInvited'> {
  onCancel: () => void;
  onInvited: (invitation: Invitation) => void;
}

function InviteForm({ actorRole, agencies, municipalities, onCancel, onInvited }: InviteFormProps) {
  const { t } = useTranslation();
  const create = useCreateInvitation();
  const form = useForm<FormValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', role: 'MEMBER', agencyId: '', coordinatorScope: { wholeRegion: false, municipalityCodes: [] } },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const roleOptions = ROLES.filter((candidate) => canAssignRole(actorRole, candidate)).map((candidate) => ({
    id: candidate,
    label: t(`roles.${candidate}`),
  }));

  const onSubmit = form.handleSubmit((values) => {
    const { coordinatorScope, ...rest } = values;
    const input: CreateInvitationInput =
      values.role === 'COORDINATOR' && coordinatorScope
        ? { ...rest, coordinatorScope: coordinatorScope.wholeRegion ? { wholeRegion: true, municipalityCodes: [] } : coordinatorScope }
        : rest;
    create.mutate(input, {
      onSuccess: onInvited,
      onError: (error) =>
        applyApiFieldErrors(error, form.setError, ['email', 'role', 'agencyId', 'coordinatorScope.municipalityCodes', 'coordinatorScope']),
    });
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {create.error ? <ErrorMessage error={create.error} overrides={{ CONFLICT: t('invitations.conflict') }} /> : null}
      <FormTextField control={form.control} name="email" label={t('invitations.email')} type="email" autoComplete="off" isRequired />
      <FormSelect control={form.control} name="role" label={t('invitations.role')} options={roleOptions} isRequired />
      <FormComboBox control={form.control} name="agencyId" label={t('invitations.agency')} options={agencies} isRequired />
      {role === 'COORDINATOR' ? <CoordinatorScopeFields control={form.control} name="coordinatorScope" municipalities={municipalities} /> : null}
      <div className="dialog__actions">
        <Button type="submit" className="button" isPending={create.isPending}>
          {t('invitations.send')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('dialog.cancel')}
        </Button>
      </div>
    </Form>
  );
}
