import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { InvalidLink, ResetPasswordForm } from '../../features/auth/components/reset-password-form';
import type { LoginPageState } from '../../lib/auth/session-end';
import { tokenFromHash } from '../../lib/link-token';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));
  return (
    <section className="page page--narrow">
      <h1>{t('resetPassword.title')}</h1>
      {token ? (
        <>
          <p className="lead">{t('resetPassword.intro')}</p>
          <ResetPasswordForm
            token={token}
            onDone={() => void navigate('/login', { replace: true, state: { notice: 'passwordReset' } satisfies LoginPageState })}
          />
        </>
      ) : (
        <InvalidLink />
      )}
    </section>
  );
}
