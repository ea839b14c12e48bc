import type { AgencyFunctionList } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Seat = AgencyFunctionList['items'][number];

/** The seats the person holds or stands in for. */
export function ContactFunctions({ contactId, functions }: { contactId: string; functions: Seat[] }) {
  const { t } = useTranslation();
  if (functions.length === 0) return <p>{t('contacts.functions.none')}</p>;
  return (
    <ul className="roster-list">
      {functions.map((seat) => (
        <li key={seat.id} className="roster-card">
          <h3 className="roster-card__title">
            <Link to={`/functions/${seat.id}`}>{seat.name}</Link>
          </h3>
          <p className="roster-card__subtitle">
            {seat.holder?.id === contactId ? t('contacts.functions.holder') : t('contacts.functions.deputy')}
            {', '}
            {seat.agency.name}
          </p>
        </li>
      ))}
    </ul>
  );
}
