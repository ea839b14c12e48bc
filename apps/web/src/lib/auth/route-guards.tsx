import type { Permission } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NoAccessContent } from '../../components/no-access-content';
import { currentUserQuery, userCan } from './current-user';
import { loginPath } from './next-path';
import type { LoginPageState } from './session-end';
import { sessionStore } from './session-store';

/** Pages below need a signed-in user; anyone else goes to the login page and comes back after. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useQuery(currentUserQuery());
  if (me.isPending) {
    return (
      <p role="status" className="page">
        {t('auth.checking')}
      </p>
    );
  }
  if (me.isError) {
    return (
      <section className="page page--narrow">
        <h1>{t('routeError.title')}</h1>
        <ErrorMessage error={me.error} />
      </section>
    );
  }
  if (!me.data) {
    const end = sessionStore.getSessionEnd();
    const target = end && !end.keepNext ? '/login' : loginPath(location.pathname + location.search);
    const state: LoginPageState | undefined = end ? { notice: end.notice } : undefined;
    return <Navigate to={target} replace state={state} />;
  }
  return <Outlet />;
}

/** Pages below need a permission; without it the page says so instead of showing anything. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useQuery(currentUserQuery());
  return userCan(me.data, permission) ? <Outlet /> : <NoAccessContent />;
}
