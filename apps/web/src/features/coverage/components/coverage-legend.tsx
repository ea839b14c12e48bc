import { COVERAGE_STATUSES } from '../coverage-columns';
import { useTranslation } from 'react-i18next';
import { STATUS_ICONS, StatusPatterns, statusFill } from './status-patterns';

const PATTERNS = 'coverage-legend-pattern';

/** What the colours, patterns and signs of the matrix and the map mean. */
export function CoverageLegend() {
  const { t } = useTranslation();
  const meaning = { verified: t('coverage.legendVerified'), stale: t('coverage.legendStale'), vacant: t('coverage.legendVacant') };
  return (
    <>
      <svg className="coverage-legend__defs" width="0" height="0" aria-hidden="true" focusable="false">
        <StatusPatterns idPrefix={PATTERNS} />
      </svg>
      <ul className="coverage-legend" aria-label={t('coverage.legend')}>
        {COVERAGE_STATUSES.map((status) => (
          <li key={status} className={`coverage-cell--${status}`}>
            <svg className="coverage-legend__swatch" viewBox="0 0 20 14" aria-hidden="true" focusable="false">
              <rect width="20" height="14" className={`coverage-area coverage-area--${status}`} fill={statusFill(PATTERNS, status)} />
            </svg>
            <span aria-hidden="true" className="coverage-legend__icon">
              {STATUS_ICONS[status]}
            </span>
            {t(`coverage.status.${status}`)}: {meaning[status]}
          </li>
        ))}
      </ul>
    </>
  );
}
