import type { Counterpart, StandIn } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';

/** One person on the short list; while they are away, their stand-in comes first. */
export function CounterpartCard({ counterpart }: { counterpart: Counterpart }) {
  const { t } = useTranslation();
  return (
    <article className="counterpart-card">
      <h5 className="counterpart-card__name">
        <Link to={`/contacts/${counterpart.id}`}>{counterpart.name}</Link>
        <AwayBadge isAway={counterpart.isAway} awayUntil={counterpart.awayUntil} />
        {counterpart.isStale ? (
          <span className="badge badge--stale">
            {t('counterparts.stale')}
            <span className="visually-hidden"> – {t('counterparts.staleHint')}</span>
          </span>
        ) : null}
      </h5>
      <p className="counterpart-card__line">
        {counterpart.jobTitle ? `${counterpart.jobTitle}, ` : null}
        <Link to={`/agencies/${counterpart.agency.id}`}>{counterpart.agency.name}</Link>
      </p>
      {counterpart.seat ? (
        <p className="counterpart-card__line">
          {t('counterparts.seat')}: <Link to={`/functions/${counterpart.seat.id}`}>{counterpart.seat.name}</Link>
        </p>
      ) : null}
      {counterpart.standIn ? <StandInNote standIn={counterpart.standIn} /> : null}
      <Reach email={counterpart.email} phone={counterpart.phone} />
    </article>
  );
}

function StandInNote({ standIn }: { standIn: StandIn }) {
  const { t } = useTranslation();
  return (
    <div className="counterpart-stand-in">
      <p className="counterpart-stand-in__who">
        <strong>{t('counterparts.standIn')}:</strong> <Link to={`/contacts/${standIn.id}`}>{standIn.name}</Link>,{' '}
        {t('counterparts.standInRole', { function: standIn.functionName })}
        <AwayBadge isAway={standIn.isAway} awayUntil={standIn.awayUntil} />
      </p>
      <Reach email={standIn.email} phone={standIn.phone} />
    </div>
  );
}

function AwayBadge({ isAway, awayUntil }: { isAway: boolean; awayUntil: string | null }) {
  const { t } = useTranslation();
  if (!isAway || !awayUntil) return null;
  return <span className="badge badge--away">{t('counterparts.awayUntil', { date: formatLongDate(awayUntil, currentLanguage()) })}</span>;
}

/** One click to write or call. */
function Reach({ email, phone }: { email: string | null; phone: string | null }) {
  const { t } = useTranslation();
  if (!email && !phone) return null;
  return (
    <ul className="counterpart-reach">
      {email ? (
        <li>
          <span className="visually-hidden">{t('counterparts.email')}: </span>
          <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      {phone ? (
        <li>
          <span className="visually-hidden">{t('counterparts.phone')}: </span>
          <PhoneLink phone={phone} />
        </li>
      ) : null}
    </ul>
  );
}
