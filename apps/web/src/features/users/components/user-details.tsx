import { canAssignRole, type CurrentUser, type User } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import type { Option } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useUpdateUser } from '../api/user-mutations';
import { userKeys } from '../api/user-queries';
import { UserEditForm } from './user-edit-form';
import { UserStatusControl } from './user-status-control';

interface UserDetailsProps {
  user: User;
  actor: CurrentUser;
  municipalities: readonly Option[];
}

export function UserDetails({ user, actor, municipalities }: UserDetailsProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateUser(user.id);
  const isSelf = user.id === actor.id;
  // A role above one's own is out of reach, and nobody changes their own role or disables themselves.
  const canEdit = !isSelf && canAssignRole(actor.role, user.role) && actor.permissions.includes('users:manage');
  const isStale = update.error instanceof ApiError && update.error.code === 'VERSION_CONFLICT';

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: userKeys.detail(user.id) });
    update.reset();
  };

  return (
    <article>
      <h1>{user.name}</h1>
      <dl className="facts">
        <dt>{t('users.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('users.agency')}</dt>
        <dd>{user.agency.name}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt>{t('users.status')}</dt>
        <dd>{t(`userStatus.${user.status}`)}</dd>
        <dt>{t('users.mfa')}</dt>
        <dd>{user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}</dd>
        <dt>{t('users.created')}</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        <dt>{t('users.lastLogin')}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}</dd>
      </dl>

      <p role="status">{update.isSuccess ? t('users.saved') : ''}</p>
      {update.error ? (
        <ErrorMessage error={update.error}>
          {isStale ? (
            <Button className="button button--secondary" onPress={() => void reload()}>
              {t('users.reload')}
            </Button>
          ) : null}
        </ErrorMessage>
      ) : null}

      <section aria-labelledby="access-heading" className="panel">
        <h2 id="access-heading">{t('users.accessHeading')}</h2>
        {canEdit ? (
          <UserEditForm key={user.version} user={user} actorRole={actor.role} municipalities={municipalities} update={update} />
        ) : (
          <p>{isSelf ? t('users.cannotEditSelf') : t('users.cannotEdit')}</p>
        )}
      </section>

      {canEdit ? (
        <section aria-labelledby="account-heading" className="panel">
          <h2 id="account-heading">{t('users.accountHeading')}</h2>
          <p>{user.status === 'ACTIVE' ? t('users.disableIntro') : t('users.enableIntro')}</p>
          <UserStatusControl user={user} update={update} />
        </section>
      ) : null}
    </article>
  );
}
