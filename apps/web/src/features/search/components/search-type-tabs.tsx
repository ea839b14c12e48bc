import { type FacetCount, SEARCH_TYPES, type SearchType } from '@repo/contracts';
import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

const ALL = 'all';
const TABS = [ALL, ...SEARCH_TYPES] as const;

interface SearchTypeTabsProps {
  type: SearchType | undefined;
  /** Matches per type, over every type whichever is shown; undefined until the first answer. */
  counts: FacetCount[] | undefined;
  onChange: (type: SearchType | undefined) => void;
  children: ReactNode;
}

/** "Alla 42 · Personer 30 · Organisationer 7 · Funktioner 5": the results, one kind at a time or all. */
export function SearchTypeTabs({ type, counts, onChange, children }: SearchTypeTabsProps) {
  const { t } = useTranslation();
  const countOf = (tab: (typeof TABS)[number]) =>
    counts === undefined ? undefined : tab === ALL ? counts.reduce((sum, c) => sum + c.count, 0) : (counts.find((c) => c.value === tab)?.count ?? 0);
  return (
    <Tabs selectedKey={type ?? ALL} onSelectionChange={(key) => onChange(key === ALL ? undefined : (key as SearchType))}>
      <TabList aria-label={t('search.typeLabel')} className="tabs search-tabs">
        {TABS.map((tab) => {
          const count = countOf(tab);
          return (
            <Tab key={tab} id={tab} className="tabs__tab">
              {t(`search.types.${tab}`)}
              {count === undefined ? null : <span className="search-tabs__count"> {count}</span>}
            </Tab>
          );
        })}
      </TabList>
      {TABS.map((tab) => (
        <TabPanel key={tab} id={tab} className="tabs__panel">
          {children}
        </TabPanel>
      ))}
    </Tabs>
  );
}
