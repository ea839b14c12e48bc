import type { AgencyFunction } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';

type Person = NonNullable<AgencyFunction['holder']>;

/**
 * Whom to turn to: the holder and the deputy, or, while the holder is away and the deputy is not,
 * the deputy first. A seat without a holder says so plainly.
 */
export function FunctionPeople({ seat }: { seat: AgencyFunction }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const deputyFirst = Boolean(seat.holder?.isAway && seat.deputy && !seat.deputy.isAway);

  const person = (who: Person) => (
    <>
      <Link to={`/contacts/${who.id}`}>{who.name}</Link>
      {who.isAway ? (
        <span className="badge badge--away">
          {who.awayUntil ? t('functions.people.awayUntil', { date: formatLongDate(who.awayUntil, language) }) : t('functions.people.away')}
        </span>
      ) : null}
    </>
  );
  const holder = (
    <li key="holder" className="roster-card">
      <p className="roster-card__subtitle">{t('functions.people.holder')}</p>
      <p>{seat.holder ? person(seat.holder) : <span className="badge badge--vacant">{t('functions.people.vacant')}</span>}</p>
    </li>
  );
  const deputy = (
    <li key="deputy" className="roster-card">
      <p className="roster-card__subtitle">
        {t('functions.people.deputy')}
        {deputyFirst ? ` – ${t('functions.people.standsIn')}` : null}
      </p>
      <p>{seat.deputy ? person(seat.deputy) : t('functions.people.noDeputy')}</p>
    </li>
  );
  return <ol className="roster-list">{deputyFirst ? [deputy, holder] : [holder, deputy]}</ol>;
}
