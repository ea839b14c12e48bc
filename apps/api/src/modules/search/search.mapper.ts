import { SEARCH_FACETS, type FacetCount, type FunctionKind, type ReachablePerson, type SearchFacet, type SearchItem, type Sector, type StandIn } from '@repo/contracts';
import { stockholmDay } from '../../common/time/stockholm';
import { isStale } from '../contacts/contacts.mapper';

/** A person as the search statement returns them (JSON: dates as text). */
export interface PersonJson {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  awayUntil: string | null;
}

interface ItemRowBase {
  id: string;
  title: string;
  sector: Sector;
  municipalityCodes: string[];
  agency: { id: string; name: string };
}

export type SearchItemRow =
  | (ItemRowBase & {
      type: 'contact';
      details: { jobTitle: string | null; email: string | null; phone: string | null; awayUntil: string | null; lastVerifiedAt: string | null; standIn: (PersonJson & { functionId: string; functionName: string }) | null };
    })
  | (ItemRowBase & { type: 'agency'; details: { city: string | null; email: string | null; phone: string | null } })
  | (ItemRowBase & { type: 'function'; details: { kind: FunctionKind; mailbox: string | null; phone: string | null; holder: PersonJson | null; deputy: PersonJson | null } });

export interface SearchRow {
  total: number;
  items: SearchItemRow[];
  /** ["municipality:1784", 12], most common first. */
  facets: [string, number][];
}

/** Away through the given day (Europe/Stockholm), inclusive. */
export function isAwayOn(awayUntil: string | null, today: string): boolean {
  return awayUntil !== null && awayUntil >= today;
}

export function toPerson(person: PersonJson, today: string): ReachablePerson {
  return { ...person, isAway: isAwayOn(person.awayUntil, today) };
}

export function toStandIn(standIn: PersonJson & { functionId: string; functionName: string }, today: string): StandIn {
  return { ...toPerson(standIn, today), functionId: standIn.functionId, functionName: standIn.functionName };
}

export function toSearchItem(row: SearchItemRow, now: Date): SearchItem {
  const today = stockholmDay(now);
  const base = { id: row.id, title: row.title, agency: row.agency, sector: row.sector, municipalityCodes: row.municipalityCodes };
  switch (row.type) {
    case 'contact': {
      const { details } = row;
      const isAway = isAwayOn(details.awayUntil, today);
      return {
        type: 'contact',
        ...base,
        jobTitle: details.jobTitle,
        email: details.email,
        phone: details.phone,
        isAway,
        awayUntil: details.awayUntil,
        isStale: isStale(details.lastVerifiedAt ? new Date(details.lastVerifiedAt) : null, now),
        // Only someone who is away needs a stand-in shown.
        standIn: isAway && details.standIn ? toStandIn(details.standIn, today) : null,
      };
    }
    case 'function': {
      const { details } = row;
      return {
        type: 'function',
        ...base,
        kind: details.kind,
        mailbox: details.mailbox,
        phone: details.phone,
        holder: details.holder ? toPerson(details.holder, today) : null,
        deputy: details.deputy ? toPerson(details.deputy, today) : null,
        isVacant: details.holder === null,
      };
    }
    case 'agency':
      return { type: 'agency', ...base, city: row.details.city, email: row.details.email, phone: row.details.phone };
  }
}

export function toFacets(rows: SearchRow['facets']): Record<SearchFacet, FacetCount[]> {
  const facets = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>;
  for (const [key, count] of rows) {
    const separator = key.indexOf(':');
    facets[key.slice(0, separator) as SearchFacet].push({ value: key.slice(separator + 1), count });
  }
  return facets;
}
