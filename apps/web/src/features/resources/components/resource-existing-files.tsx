import type { Resource, ResourceFile } from '@repo/contracts';
import { Button, FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { currentLanguage } from '../../../lib/i18n';
import { useDeleteResourceFile } from '../api/resource-mutations';
import { resourceFileUrl } from '../api/resources-queries';
import { formatFileSize } from './file-size';
import { ACCEPTED_FILE_TYPES } from './resource-file-checks';

interface ExistingFilesProps {
  resourceId: string;
  files: readonly ResourceFile[];
  onNewVersion: (file: File, replaces: { id: string; name: string }) => void;
  /** The file is removed: `resource` as saved without it. */
  onRemoved: (resource: Resource, file: { id: string; name: string }) => void;
}

/** The resource's files as saved: each can get a new version (the earlier ones are kept) or be removed. */
export function ExistingFiles({ resourceId, files, onNewVersion, onRemoved }: ExistingFilesProps) {
  const { t } = useTranslation();
  if (files.length === 0) return <p className="muted">{t('resourceForm.files.none')}</p>;
  return (
    <ul className="existing-files" aria-label={t('resourceForm.files.existing')}>
      {files.map((file) => (
        <ExistingFileRow key={file.id} resourceId={resourceId} file={file} onNewVersion={onNewVersion} onRemoved={onRemoved} />
      ))}
    </ul>
  );
}

interface ExistingFileRowProps extends Omit<ExistingFilesProps, 'files'> {
  file: ResourceFile;
}

function ExistingFileRow({ resourceId, file, onNewVersion, onRemoved }: ExistingFileRowProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const remove = useDeleteResourceFile(resourceId);
  const { name, number, sizeBytes } = file.current;
  return (
    <li className="existing-files__item">
      <p className="existing-files__name">
        <a href={resourceFileUrl(resourceId, file.id)} download>
          {name}
        </a>
        <span className="muted">
          {' '}
          ({formatFileSize(sizeBytes, language)}, {t('resourceForm.files.versionNumber', { number })}
          {file.earlier.length > 0 ? `, ${t('resourceForm.files.earlierVersions', { count: file.earlier.length })}` : ''})
        </span>
      </p>
      <div className="button-row">
        {/* Open while other files upload: a new version waits its turn behind them. */}
        <FileTrigger acceptedFileTypes={ACCEPTED_FILE_TYPES} onSelect={(chosen) => chosen?.[0] && onNewVersion(chosen[0], { id: file.id, name })}>
          <Button className="button button--secondary button--small" aria-label={t('resourceForm.files.newVersionOf', { name })}>
            {t('resourceForm.files.newVersion')}
          </Button>
        </FileTrigger>
        <ConfirmDialog
          trigger={t('resourceForm.files.remove')}
          triggerAriaLabel={t('resourceForm.files.removeNamed', { name })}
          heading={t('resourceForm.files.removeHeading', { name })}
          confirm={t('resourceForm.files.removeConfirm')}
          isPending={remove.isPending}
          error={remove.error}
          errorOverrides={{ CONFLICT: t('resourceForm.files.removeConflict') }}
          onOpenChange={(isOpen) => {
            if (isOpen) remove.reset();
          }}
          onConfirm={(close) =>
            remove.mutate(file.id, {
              onSuccess: (resource) => {
                close();
                onRemoved(resource, { id: file.id, name });
              },
            })
          }
        >
          <p>{t('resourceForm.files.removeText')}</p>
        </ConfirmDialog>
      </div>
    </li>
  );
}
