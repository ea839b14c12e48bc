import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

/** Shown on a page the signed-in user's role does not reach. */
export function NoAccessContent() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <section className="page page--narrow">
      <h1>{t('noAccess.title')}</h1>
      <p>{t('noAccess.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
