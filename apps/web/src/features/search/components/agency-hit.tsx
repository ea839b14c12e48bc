import type { AgencySearchItem } from '@repo/contracts';
import { Link } from 'react-router';
import { HitMeta, type PlaceNames } from './hit-meta';
import { ReachLinks } from './reach-links';

/** An organisation: where it is and how to reach it. */
export function AgencyHit({ item, places }: { item: AgencySearchItem; places: PlaceNames }) {
  return (
    <article className="search-hit search-hit--agency">
      <HitMeta item={item} places={places} />
      <h3 className="search-hit__title">
        <Link to={`/agencies/${item.id}`}>{item.title}</Link>
      </h3>
      {item.city ? <p className="search-hit__line">{item.city}</p> : null}
      <ReachLinks email={item.email} phone={item.phone} />
    </article>
  );
}
