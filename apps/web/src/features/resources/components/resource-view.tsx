import type { Municipality, Resource } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeleteResourceDialog } from './delete-resource-dialog';
import { ResourceFacts } from './resource-facts';
import { ResourceFiles } from './resource-files';
import './resources.css';

interface ResourceViewProps {
  resource: Resource;
  municipalities: readonly Municipality[];
  onDeleted: (resource: Resource) => void;
}

/** One resource: who may see it, the facts, the summary, the files with their versions, and the editors' tools. */
export function ResourceView({ resource, municipalities, onDeleted }: ResourceViewProps) {
  const { t } = useTranslation();
  const agency = resource.ownerAgency.name;
  return (
    <>
      <h1>
        {resource.title}
        {resource.status === 'DRAFT' ? ' ' : null}
        {resource.status === 'DRAFT' ? <span className="tag tag--draft">{t('resources.page.draft')}</span> : null}
      </h1>
      {resource.status === 'DRAFT' ? <p className="notice notice--warning">{t('resources.page.draftNote', { agency })}</p> : null}
      {resource.visibility === 'OWNER_AGENCY' ? <p className="notice">{t('resources.page.ownerOnly', { agency })}</p> : null}
      {resource.canEdit ? (
        <div className="page-actions button-row">
          <Link className="button button--secondary" to={`/resources/${resource.id}/edit`}>
            {t('resources.page.edit')}
          </Link>
          <DeleteResourceDialog resource={resource} onDeleted={onDeleted} />
        </div>
      ) : null}
      <ResourceFacts resource={resource} municipalities={municipalities} />
      {resource.summary.trim() ? (
        <section aria-labelledby="resource-summary-heading" className="panel">
          <h2 id="resource-summary-heading">{t('resources.page.summary')}</h2>
          {/* Plain text as written: line breaks kept, nothing interpreted as markup. */}
          <p className="preserve-lines">{resource.summary}</p>
        </section>
      ) : null}
      <ResourceFiles resource={resource} />
    </>
  );
}
