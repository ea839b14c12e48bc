import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  return (
    <section className="page page--narrow">
      <h1>{t('forgotPassword.title')}</h1>
      <p className="lead">{t('forgotPassword.intro')}</p>
      <ForgotPasswordForm />
      <p>
        <Link to="/login">{t('join.backToLogin')}</Link>
      </p>
    </section>
  );
}
