import type { Resource, ResourceFile, ResourceFileVersion } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { resourceFileUrl, resourceFileVersionUrl } from '../api/resources-queries';
import { formatFileSize } from './file-size';

/** "PDF, 1,2 MB · Uppladdad 2026-11-24 14:05 av Anna Berg": what a download will be, and whose upload it was. */
function VersionDetails({ version }: { version: ResourceFileVersion }) {
  const { t } = useTranslation();
  const date = formatDateTime(version.uploadedAt);
  return (
    <>
      {version.type.toUpperCase()}, {formatFileSize(version.sizeBytes, currentLanguage())} ·{' '}
      {version.uploadedBy ? t('resources.files.uploadedBy', { date, name: version.uploadedBy.name }) : t('resources.files.uploaded', { date })}
    </>
  );
}

/** A plain link the browser downloads; the API names the file and refuses whoever may not see it. */
function DownloadLink({ href, hiddenText }: { href: string; hiddenText: string }) {
  const { t } = useTranslation();
  return (
    <a className="resource-file__download" href={href} download>
      {t('resources.files.download')}
      {/* The visible word starts the link's name, which says which file it is. */}
      <span className="visually-hidden"> {hiddenText}</span>
    </a>
  );
}

function FileItem({ resourceId, file }: { resourceId: string; file: ResourceFile }) {
  const { t } = useTranslation();
  const { current, earlier } = file;
  return (
    <li className="resource-file">
      <p className="resource-file__name">
        <strong>{current.name}</strong> <span className="resource-file__version">({t('resources.files.version', { number: current.number })})</span>
      </p>
      <p className="resource-file__details">
        <VersionDetails version={current} />
      </p>
      <p>
        <DownloadLink href={resourceFileUrl(resourceId, file.id)} hiddenText={t('resources.files.downloadName', { name: current.name })} />
      </p>
      {earlier.length > 0 ? (
        <details className="resource-file__earlier">
          <summary>{t('resources.files.earlier', { count: earlier.length })}</summary>
          <ul>
            {earlier.map((version) => (
              <li key={version.id}>
                <p className="resource-file__name">
                  {version.name} <span className="resource-file__version">({t('resources.files.version', { number: version.number })})</span>
                </p>
                <p className="resource-file__details">
                  <VersionDetails version={version} />
                </p>
                <p>
                  <DownloadLink
                    href={resourceFileVersionUrl(resourceId, file.id, version.number)}
                    hiddenText={t('resources.files.downloadVersion', { number: version.number, name: version.name })}
                  />
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** The resource's documents: each one's current version to download, and the earlier ones on request. */
export function ResourceFiles({ resource }: { resource: Resource }) {
  const { t } = useTranslation();
  // A resource that is a link has nothing to say about files; one with neither says so.
  if (resource.files.length === 0 && resource.linkUrl) return null;
  return (
    <section aria-labelledby="resource-files-heading" className="panel">
      <h2 id="resource-files-heading">{t('resources.files.heading')}</h2>
      {resource.files.length === 0 ? (
        <p>{t('resources.files.none')}</p>
      ) : (
        <ul className="resource-files">
          {resource.files.map((file) => (
            <FileItem key={file.id} resourceId={resource.id} file={file} />
          ))}
        </ul>
      )}
    </section>
  );
}
