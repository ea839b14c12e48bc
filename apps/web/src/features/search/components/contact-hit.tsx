import type { ContactSearchItem, StandIn } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HitBadges } from './hit-badges';
import { HitMeta, type PlaceNames } from './hit-meta';
import { ReachLinks } from './reach-links';

/** A person: while they are away, whoever stands in for them comes before their own details. */
export function ContactHit({ item, places }: { item: ContactSearchItem; places: PlaceNames }) {
  return (
    <article className="search-hit search-hit--contact">
      <HitMeta item={item} places={places} />
      <h3 className="search-hit__title">
        <Link to={`/contacts/${item.id}`}>{item.title}</Link>
        <HitBadges isAway={item.isAway} awayUntil={item.awayUntil} isStale={item.isStale} />
      </h3>
      <p className="search-hit__line">
        {item.jobTitle ? `${item.jobTitle}, ` : null}
        <Link to={`/agencies/${item.agency.id}`}>{item.agency.name}</Link>
      </p>
      {item.standIn ? <StandInNote standIn={item.standIn} /> : null}
      <ReachLinks email={item.email} phone={item.phone} />
    </article>
  );
}

function StandInNote({ standIn }: { standIn: StandIn }) {
  const { t } = useTranslation();
  return (
    <div className="stand-in">
      <p className="stand-in__who">
        <strong>{t('search.standIn')}:</strong> <Link to={`/contacts/${standIn.id}`}>{standIn.name}</Link>,{' '}
        {t('search.standInRole', { function: standIn.functionName })}
        <HitBadges isAway={standIn.isAway} awayUntil={standIn.awayUntil} />
      </p>
      <ReachLinks email={standIn.email} phone={standIn.phone} />
    </div>
  );
}
