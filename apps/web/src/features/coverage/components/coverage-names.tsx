import type { CoverageCell, KeyFunctionCell } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import type { ColumnCell } from '../coverage-columns';

/**
 * The people behind a cell: the contacts of a sector, or the seats of a key function with their
 * holder (and, while the holder is away, the deputy). `withAgency` spells out the organisation,
 * which the matrix keeps in a tooltip for room.
 */
export function CoverageNames({ cell, withAgency = false }: { cell: ColumnCell | undefined; withAgency?: boolean }) {
  if (!cell) return null;
  return cell.type === 'sector' ? <ContactNames cell={cell.cell} withAgency={withAgency} /> : <SeatNames cell={cell.cell} withAgency={withAgency} />;
}

function ContactNames({ cell, withAgency }: { cell: CoverageCell; withAgency: boolean }) {
  if (cell.contacts.length === 0) return null;
  return (
    <ul className="coverage-cell__names">
      {cell.contacts.map((contact) => (
        <li key={contact.id} title={withAgency ? undefined : contact.agencyName}>
          {contact.name}
          <StaleMark isStale={contact.isStale} />
          {withAgency ? <span className="coverage-seat__function">{contact.agencyName}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function SeatNames({ cell, withAgency }: { cell: KeyFunctionCell; withAgency: boolean }) {
  const { t } = useTranslation();
  if (cell.functions.length === 0) return null;
  return (
    <ul className="coverage-cell__names">
      {cell.functions.map((seat) => (
        <li key={seat.id} title={withAgency ? undefined : seat.agencyName}>
          {seat.holder ? seat.holder.name : t('coverageMap.seat.vacant')}
          <StaleMark isStale={seat.holder?.isStale ?? false} />
          {seat.holder?.isAway ? (
            <>
              {' '}
              ({t('coverageMap.seat.away')};{' '}
              {seat.deputy ? (
                <>
                  {t('coverageMap.seat.deputy', { name: seat.deputy.name })}
                  <StaleMark isStale={seat.deputy.isStale} />
                </>
              ) : (
                t('coverageMap.seat.noDeputy')
              )}
              )
            </>
          ) : null}
          <span className="coverage-seat__function">{withAgency ? `${seat.name} · ${seat.agencyName}` : seat.name}</span>
        </li>
      ))}
    </ul>
  );
}

function StaleMark({ isStale }: { isStale: boolean }) {
  const { t } = useTranslation();
  return isStale ? <span className="visually-hidden"> ({t('coverage.status.stale')})</span> : null;
}
