import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { FilterSelect } from '../../components/filter-select';
import { usePageTitle } from '../../components/use-page-title';
import { coverageQueries } from '../../features/coverage/api/coverage-queries';
import { CoverageLegend } from '../../features/coverage/components/coverage-legend';
import { CoverageMap } from '../../features/coverage/components/coverage-map';
import { CoverageMatrix } from '../../features/coverage/components/coverage-matrix';
import { buildUrl } from '../../lib/api-client';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { currentLanguage } from '../../lib/i18n';

export function CoveragePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  usePageTitle(t('coverage.title'));
  const [params, setParams] = useSearchParams();
  const competence = params.get('competence') ?? undefined;
  const coverage = useQuery(coverageQueries.matrix({ competence }));
  const competences = useQuery(coverageQueries.competences());
  const { user } = useCurrentUser();
  return (
    <section className="page page--wide">
      <h1>{t('coverage.heading')}</h1>
      <p className="lead">{t('coverage.intro')}</p>
      <div className="filters">
        <FilterSelect
          label={t('coverage.competence')}
          allLabel={t('coverage.anyCompetence')}
          options={(competences.data?.items ?? []).map((item) => ({ id: item.slug, label: language === 'en' ? item.nameEn : item.nameSv }))}
          value={competence}
          onChange={(value) => setParams(value ? { competence: value } : {}, { replace: true })}
        />
      </div>
      <p>{t('coverage.competenceNote')}</p>
      <CoverageLegend />
      {coverage.isError ? <ErrorMessage error={coverage.error} /> : null}
      {coverage.isPending ? <p role="status">{t('coverage.loading')}</p> : null}
      {coverage.data ? (
        <>
          <CoverageMap coverage={coverage.data} />
          <CoverageMatrix coverage={coverage.data} />
        </>
      ) : null}
      {userCan(user, 'roster:export') ? (
        <p>
          <a href={buildUrl('/api/coverage/export', { competence })} download>
            {t('coverage.export')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
