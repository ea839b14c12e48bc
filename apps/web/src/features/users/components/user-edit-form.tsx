import { zodResolver } from '@hookform/resolvers/zod';
import { canAssignRole, type CoordinatorScope, type Role, ROLES, type UpdateUserInput, UpdateUserInputSchema, type User } from '@repo/contracts';
import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCheckbox, FormSelect, type Option } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { CoordinatorScopeFields, scopeIsEmpty } from './coordinator-scope-fields';

interface UserFormValues {
  version: number;
  role: Role;
  isAgencyEditor: boolean;
  coordinatorScope: { wholeRegion: boolean; municipalityCodes: string[] };
}

const schema = UpdateUserInputSchema.required({ role: true, isAgencyEditor: true, coordinatorScope: true }).superRefine((value, ctx) => {
  if (value.role === 'COORDINATOR' && scopeIsEmpty(value.coordinatorScope)) {
    ctx.addIssue({ code: 'custom', path: ['coordinatorScope', 'municipalityCodes'], message: 'choose where the coordinator acts' });
  }
});

function sameScope(a: CoordinatorScope, b: CoordinatorScope | null): boolean {
  if (!b || a.wholeRegion !== b.wholeRegion) return false;
  const codes = [...b.municipalityCodes].sort();
  return a.municipalityCodes.length === codes.length && [...a.municipalityCodes].sort().every((code, index) => code === codes[index]);
}

interface UserEditFormProps {
  user: User;
  actorRole: Role;
  municipalities: readonly Option[];
  update: UseMutationResult<User, Error, UpdateUserInput>;
}

/** Role, agency editing and a coordinator's municipalities. Only what changed is sent, so an unchanged role never ends the user's sessions. */
export function UserEditForm({ user, actorRole, municipalities, update }: UserEditFormProps) {
  const { t } = useTranslation();
  const form = useForm<UserFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      version: user.version,
      role: user.role,
      isAgencyEditor: user.isAgencyEditor,
      coordinatorScope: user.coordinatorScope ?? { wholeRegion: false, municipalityCodes: [] },
    },
  });
  const role = useWatch({ control: form.control, name: 'role' });
  const roleOptions = ROLES.filter((candidate) => canAssignRole(actorRole, candidate)).map((candidate) => ({
    id: candidate,
    label: t(`roles.${candidate}`),
  }));

  const onSubmit = form.handleSubmit((values) => {
    const input: UpdateUserInput = { version: values.version };
    if (values.role !== user.role) input.role = values.role;
    if (values.isAgencyEditor !== user.isAgencyEditor) input.isAgencyEditor = values.isAgencyEditor;
    if (values.role === 'COORDINATOR') {
      const scope = values.coordinatorScope.wholeRegion ? { wholeRegion: true, municipalityCodes: [] } : values.coordinatorScope;
      if (values.role !== user.role || !sameScope(scope, user.coordinatorScope)) input.coordinatorScope = scope;
    }
    update.mutate(input, {
      onError: (error) => applyApiFieldErrors(error, form.setError, ['role', 'isAgencyEditor', 'coordinatorScope.municipalityCodes', 'coordinatorScope']),
    });
  });

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      <FormSelect control={form.control} name="role" label={t('users.role')} description={t('users.roleDescription')} options={roleOptions} isRequired />
      <FormCheckbox control={form.control} name="isAgencyEditor" label={t('users.isAgencyEditor')} description={t('users.isAgencyEditorDescription')} />
      {role === 'COORDINATOR' ? <CoordinatorScopeFields control={form.control} name="coordinatorScope" municipalities={municipalities} /> : null}
      <div className="form__actions">
        <Button type="submit" className="button" isPending={update.isPending && update.variables?.status === undefined}>
          {t('users.save')}
        </Button>
      </div>
    </Form>
  );
}
