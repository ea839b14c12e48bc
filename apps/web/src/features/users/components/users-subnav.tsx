import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser, userCan } from '../../../lib/auth/current-user';

/** Between the user list and the pending invitations. */
export function UsersSubnav() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  return (
    <nav aria-label={t('users.subnav')} className="subnav">
      <ul>
        {userCan(user, 'users:read') ? (
          <li>
            <NavLink to="/admin/users" end>
              {t('users.title')}
            </NavLink>
          </li>
        ) : null}
        {userCan(user, 'invitations:manage') ? (
          <li>
            <NavLink to="/admin/invitations">{t('invitations.title')}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
