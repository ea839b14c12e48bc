import { zodResolver } from '@hookform/resolvers/zod';
import { type CurrentUser, type UpdateProfileInput, UpdateProfileInputSchema } from '@repo/contracts';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField } from '../../../components/form-fields';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useUpdateProfile } from '../api/profile-mutations';

export function ProfileDetailsForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(UpdateProfileInputSchema), defaultValues: { name: user.name } });
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: (saved) => form.reset({ name: saved.name }),
      onError: (error) => applyApiFieldErrors(error, form.setError, ['name']),
    }),
  );

  return (
    <section aria-labelledby="profile-details-heading" className="panel">
      <h2 id="profile-details-heading">{t('profile.detailsHeading')}</h2>
      <dl className="facts">
        <dt>{t('profile.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('profile.agency')}</dt>
        <dd>{user.agency.name}</dd>
        <dt>{t('profile.role')}</dt>
        <dd>
          {t(`roles.${user.role}`)}
          {user.isAgencyEditor ? `, ${t('profile.agencyEditor')}` : null}
        </dd>
      </dl>
      <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
        {update.error ? <ErrorMessage error={update.error} /> : null}
        <FormTextField control={form.control} name="name" label={t('profile.name')} autoComplete="name" isRequired />
        <div className="form__actions">
          <Button type="submit" className="button" isPending={update.isPending}>
            {t('profile.saveName')}
          </Button>
          <span role="status">{update.isSuccess && !form.formState.isDirty ? t('profile.nameSaved') : ''}</span>
        </div>
      </Form>
    </section>
  );
}
