import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <section className="page page--narrow">
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>
        <Link className="button button--primary" to="/agencies">
          {t('home.cta')}
        </Link>
      </p>
      <p className="muted">{t('home.privacy')}</p>
    </section>
  );
}
