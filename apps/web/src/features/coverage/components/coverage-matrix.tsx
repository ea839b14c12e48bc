import type { Coverage } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { cellStatus, type ColumnCell, columnId, columnLabel, coverageColumns, coverageLookup } from '../coverage-columns';
import '../coverage.css';
import { CoverageNames } from './coverage-names';

/**
 * Municipalities down; sectors, then the key functions, across. Each cell says its state in words
 * as well as colour (green verified, amber only stale, red nobody), and names the people behind it.
 */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { sectors, keyFunctions } = coverageColumns(coverage);
  const cellAt = coverageLookup(coverage);
  return (
    // Focusable so that keyboard users can scroll the wide table sideways (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="coverage-scroll" tabIndex={0} role="region" aria-labelledby="coverage-caption">
      <table className="coverage-table coverage-table--grouped">
        <caption id="coverage-caption">{t('coverage.caption')}</caption>
        <colgroup>
          <col />
        </colgroup>
        <colgroup span={sectors.length} />
        <colgroup span={keyFunctions.length} className="coverage-table__key-functions" />
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('coverage.municipality')}
            </th>
            <th scope="colgroup" colSpan={sectors.length}>
              {t('coverage.sectors')}
            </th>
            <th scope="colgroup" colSpan={keyFunctions.length} className="coverage-table__group-start">
              {t('coverage.keyFunctions')}
            </th>
          </tr>
          <tr>
            {[...sectors, ...keyFunctions].map((column, index) => (
              <th scope="col" key={columnId(column)} className={index === sectors.length ? 'coverage-table__group-start' : undefined}>
                {columnLabel(column, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <th scope="row">{municipality.name}</th>
              {[...sectors, ...keyFunctions].map((column, index) => (
                <CoverageCellView key={columnId(column)} cell={cellAt(municipality.code, column)} isGroupStart={index === sectors.length} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CoverageCellView({ cell, isGroupStart }: { cell: ColumnCell | undefined; isGroupStart: boolean }) {
  const { t } = useTranslation();
  const status = cellStatus(cell);
  return (
    <td className={`coverage-cell coverage-cell--${status}${isGroupStart ? ' coverage-table__group-start' : ''}`}>
      <span className="coverage-cell__status">{t(`coverage.status.${status}`)}</span>
      <CoverageNames cell={cell} />
    </td>
  );
}
