import { RESOURCE_KIND_NAMES, type SearchResult } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';
import type { SearchParams } from '../api/search-queries';
import { resourceLibraryPath } from './resource-library-link';

interface ResourceGroupProps {
  query: SearchParams;
  resources: SearchResult['resources'];
}

/** The knowledge bank's best matches beside the directory's: up to five, and a way to all of them. */
export function ResourceGroup({ query, resources }: ResourceGroupProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (resources.total === 0) return null;
  return (
    <section aria-labelledby="search-resources-heading" className="search-resources">
      <h2 id="search-resources-heading" className="search-resources__heading">
        {t('search.resources.heading')}
      </h2>
      <ul className="search-resources__list">
        {resources.items.map((resource) => (
          <li key={resource.id}>
            <Link to={`/resources/${resource.id}`}>{resource.title}</Link>
            <span className="search-resources__meta">
              {' '}
              {[RESOURCE_KIND_NAMES[resource.kind][language], resource.ownerAgency.name, languageName(resource.language, language)].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <p className="search-resources__all">
        <Link to={resourceLibraryPath(query)}>{t('search.resources.showAll', { count: resources.total })}</Link>
      </p>
    </section>
  );
}
