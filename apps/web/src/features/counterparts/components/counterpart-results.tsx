import { COUNTERPART_REASONS, type CounterpartQuery } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { counterpartQueries } from '../api/counterpart-queries';
import { CounterpartCard } from './counterpart-card';
import { searchLinkFor } from './use-counterpart-params';

interface CounterpartResultsProps {
  query: CounterpartQuery;
  needLabel: string;
  municipalityName: string;
}

/**
 * The short list, in the API's order (seat holders, then the competent, then regional; verified
 * before stale, present before away), under a heading per reason.
 */
export function CounterpartResults({ query, needLabel, municipalityName }: CounterpartResultsProps) {
  const { t } = useTranslation();
  const counterparts = useQuery(counterpartQueries.list(query));
  const items = counterparts.data?.items;
  return (
    <section className="counterpart-results" aria-labelledby="counterpart-results-heading" aria-busy={counterparts.isFetching}>
      <h3 id="counterpart-results-heading" className="counterpart-results__heading">{t('counterparts.resultsHeading', { need: needLabel, municipality: municipalityName })}</h3>
      {counterparts.isError ? <ErrorMessage error={counterparts.error} /> : null}
      {/* Announced by screen readers when the list arrives. */}
      <p role="status" className="results__count">
        {items ? t('counterparts.count', { count: items.length }) : counterparts.isError ? null : t('counterparts.loading')}
      </p>
      {items && items.length === 0 ? <p>{t('counterparts.empty')}</p> : null}
      {COUNTERPART_REASONS.map((reason) => {
        const group = items?.filter((item) => item.reason === reason) ?? [];
        if (group.length === 0) return null;
        return (
          <section key={reason} className="counterpart-group" aria-labelledby={`counterpart-group-${reason}`}>
            <h4 id={`counterpart-group-${reason}`} className="counterpart-group__heading">
              {t(`counterparts.reasons.${reason}`)}
            </h4>
            <p className="counterpart-group__hint">{t(`counterparts.reasonsHint.${reason}`)}</p>
            <ol className="counterpart-list">
              {group.map((counterpart) => (
                <li key={counterpart.id}>
                  <CounterpartCard counterpart={counterpart} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <p className="counterpart-results__more">
        <Link to={searchLinkFor(query)}>{t('counterparts.fullSearch')}</Link>
      </p>
    </section>
  );
}
