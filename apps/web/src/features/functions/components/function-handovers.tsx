import type { AgencyFunction } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';

/** Every change of holder or deputy, newest first, with the names as they were. */
export function FunctionHandovers({ history }: { history: AgencyFunction['history'] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t('functions.handovers.none')}</p>;
  const nobody = t('functions.handovers.nobody');
  return (
    <ol className="roster-list">
      {history.map((entry) => (
        <li key={entry.at} className="roster-card">
          <p className="roster-card__subtitle">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {entry.by ? ` – ${t('functions.handovers.by', { name: entry.by })}` : null}
          </p>
          <p>{t('functions.handovers.holder', { from: entry.fromHolder ?? nobody, to: entry.toHolder ?? nobody })}</p>
          {entry.fromDeputy !== entry.toDeputy ? (
            <p>{t('functions.handovers.deputy', { from: entry.fromDeputy ?? nobody, to: entry.toDeputy ?? nobody })}</p>
          ) : null}
          {entry.note ? <p className="preserve-lines">{t('functions.handovers.note', { note: entry.note })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
