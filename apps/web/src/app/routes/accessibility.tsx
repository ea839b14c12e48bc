import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';

const SECTIONS = ['standard', 'status', 'testing', 'report'] as const;

export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <section className="page page--narrow">
      <h1>{t('accessibility.title')}</h1>
      <p className="lead">{t('accessibility.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section}>
          <h2>{t(`accessibility.${section}Heading`)}</h2>
          <p>{t(`accessibility.${section}`)}</p>
        </section>
      ))}
      <section>
        <h2>{t('accessibility.supervisionHeading')}</h2>
        <p>{t('accessibility.supervision')}</p>
        <p>
          <a href="https://www.digg.se/tdosanmalan" rel="noopener noreferrer">
            {t('accessibility.supervisionLink')}
          </a>
        </p>
      </section>
      <p className="muted">{t('accessibility.updated')}</p>
    </section>
  );
}
