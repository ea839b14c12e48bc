import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { LoginFlow } from '../../features/auth/components/login-flow';
import { rememberSignedInUser } from '../../lib/auth/current-user';
import { safeNextPath } from '../../lib/auth/next-path';
import type { LoginPageState } from '../../lib/auth/session-end';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const state = location.state as LoginPageState | null;
  const next = safeNextPath(params.get('next'));
  const isPositive = state?.notice === 'invitationAccepted' || state?.notice === 'passwordReset' || state?.notice === 'signedOut';

  return (
    <section className="page page--narrow">
      <h1>{t('login.heading')}</h1>
      {state?.notice ? (
        <p role="status" className={isPositive ? 'notice notice--success' : 'notice notice--warning'}>
          {t(`login.notices.${state.notice}`)}
        </p>
      ) : next !== '/' ? (
        <p className="notice">{t('login.needSignIn')}</p>
      ) : null}
      <LoginFlow
        initialEmail={state?.email}
        onSignedIn={(user) => {
          rememberSignedInUser(queryClient, user);
          void navigate(next, { replace: true });
        }}
      />
      <section aria-labelledby="join-heading" className="aside-box">
        <h2 id="join-heading">{t('login.joinHeading')}</h2>
        <p>{t('login.joinText')}</p>
        <p>
          <Link to="/join">{t('login.joinLink')}</Link>
        </p>
      </section>
    </section>
  );
}
