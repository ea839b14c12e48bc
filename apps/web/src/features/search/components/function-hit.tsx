import type { FunctionSearchItem, ReachablePerson } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { HitBadges } from './hit-badges';
import { HitMeta, type PlaceNames } from './hit-meta';
import { ReachLinks } from './reach-links';

type Role = 'holder' | 'deputy' | 'deputyFirst';

/** A seat: its holder — or, while the holder is away, the deputy first — or "Vakant". */
export function FunctionHit({ item, places }: { item: FunctionSearchItem; places: PlaceNames }) {
  const { t } = useTranslation();
  const { holder, deputy } = item;
  const people: { role: Role; person: ReachablePerson }[] =
    holder?.isAway && deputy
      ? [
          { role: 'deputyFirst', person: deputy },
          { role: 'holder', person: holder },
        ]
      : [...(holder ? [{ role: 'holder' as const, person: holder }] : []), ...(deputy ? [{ role: 'deputy' as const, person: deputy }] : [])];
  return (
    <article className="search-hit search-hit--function">
      <HitMeta item={item} places={places} />
      <h3 className="search-hit__title">
        <Link to={`/functions/${item.id}`}>{item.title}</Link>
        {item.isVacant ? <span className="badge badge--vacant">{t('search.vacant')}</span> : null}
      </h3>
      <p className="search-hit__line">
        <Link to={`/agencies/${item.agency.id}`}>{item.agency.name}</Link>
      </p>
      <dl className="search-hit__facts">
        {people.map(({ role, person }) => (
          <div key={role} className={role === 'deputyFirst' ? 'stand-in' : undefined}>
            <dt>{t(`search.${role}`)}</dt>
            <dd>
              <Link to={`/contacts/${person.id}`}>{person.name}</Link>
              <HitBadges isAway={person.isAway} awayUntil={person.awayUntil} />
              <ReachLinks email={person.email} phone={person.phone} />
            </dd>
          </div>
        ))}
        {item.mailbox ? (
          <div>
            <dt>{t('search.mailbox')}</dt>
            <dd>
              <a href={`mailto:${item.mailbox}`}>{item.mailbox}</a>
            </dd>
          </div>
        ) : null}
        {item.phone ? (
          <div>
            <dt>{t('search.phone')}</dt>
            <dd>
              <PhoneLink phone={item.phone} />
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
