import { type Coverage, type CoverageCell, SECTOR_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

/**
 * Municipalities down, sectors across. Each cell says its state in words as well as colour
 * (green verified, amber only stale, red nobody), and names the people behind it.
 */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const cells = new Map(coverage.cells.map((cell) => [`${cell.municipality}:${cell.sector}`, cell]));
  return (
    // Focusable so that keyboard users can scroll the wide table sideways (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="coverage-scroll" tabIndex={0} role="region" aria-labelledby="coverage-caption">
      <table className="coverage-table">
        <caption id="coverage-caption">{t('coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.municipality')}</th>
            {coverage.sectors.map((sector) => (
              <th scope="col" key={sector}>
                {SECTOR_NAMES[sector][language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <th scope="row">{municipality.name}</th>
              {coverage.sectors.map((sector) => (
                <CoverageCellView key={sector} cell={cells.get(`${municipality.code}:${sector}`)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CoverageCellView({ cell }: { cell: CoverageCell | undefined }) {
  const { t } = useTranslation();
  const status = cell?.status ?? 'vacant';
  return (
    <td className={`coverage-cell coverage-cell--${status}`}>
      <span className="coverage-cell__status">{t(`coverage.status.${status}`)}</span>
      {cell && cell.contacts.length > 0 ? (
        <ul className="coverage-cell__names">
          {cell.contacts.map((contact) => (
            <li key={contact.id} title={contact.agencyName}>
              {contact.name}
              {contact.isStale ? <span className="visually-hidden"> ({t('coverage.status.stale')})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
}
