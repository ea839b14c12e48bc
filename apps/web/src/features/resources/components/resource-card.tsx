import { RESOURCE_KIND_NAMES, type ResourceSummary } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';

/**
 * One resource in the library: what it is, whose, in what language, and what it holds (a link,
 * files). `listSearch` lets the resource's page link back to the same search.
 */
export function ResourceCard({ resource, listSearch }: { resource: ResourceSummary; listSearch: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const isDraft = resource.status === 'DRAFT';
  return (
    <article className="resource-card">
      <h3 className="resource-card__title">
        <Link to={`/resources/${resource.id}`} state={{ listSearch }}>{resource.title}</Link>
        {isDraft ? ' ' : null}
        {isDraft ? <span className="tag tag--draft">{t('resources.card.draft')}</span> : null}
      </h3>
      <p className="resource-card__meta">
        <span className="resource-card__kind">{RESOURCE_KIND_NAMES[resource.kind][language]}</span>
        <span>
          <span className="visually-hidden">{t('resources.card.ownerAgency')}: </span>
          {resource.ownerAgency.name}
        </span>
        <span>
          <span className="visually-hidden">{t('resources.card.language')}: </span>
          {languageName(resource.language, language)}
        </span>
      </p>
      {resource.summary.trim() ? <p className="resource-card__summary">{resource.summary}</p> : null}
      <p className="resource-card__meta resource-card__footer">
        {resource.hasLink ? <span>{t('resources.card.link')}</span> : null}
        {resource.fileCount > 0 ? <span>{t('resources.card.files', { count: resource.fileCount })}</span> : null}
        <span>
          {resource.publishedAt
            ? t('resources.card.published', { date: formatLongDate(resource.publishedAt, language) })
            : t('resources.card.updated', { date: formatLongDate(resource.updatedAt, language) })}
        </span>
      </p>
    </article>
  );
}
