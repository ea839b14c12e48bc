import type { Resource, ResourceFile } from '@repo/contracts';
import { useEffect, useId, useRef } from 'react';
import { Button, DropZone, FileTrigger, isFileDropItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMaxFileBytes } from '../api/resource-file-rules';
import { ACCEPTED_FILE_TYPES, megabytesOf } from './resource-file-checks';
import { ExistingFiles } from './resource-existing-files';
import { UploadList } from './resource-upload-progress';
import { useUploadProblemText } from './upload-problem-text';
import type { UploadAnnouncement, useFileUploads } from './use-file-uploads';

interface FilesSectionProps {
  uploads: ReturnType<typeof useFileUploads>;
  /** The resource being edited: its files are listed and new ones uploaded at once. Without one they wait for the save. */
  resource?: Resource;
  onChoose: (files: readonly File[], replaces?: { id: string; name: string }) => void;
  onRemoved: (resource: Resource) => void;
}

const NO_FILES: readonly ResourceFile[] = [];

/**
 * The resource's files: those saved (editing), a chooser that takes several files by button, by
 * dragging or by pasting, and the chosen ones with their progress. Outcomes are announced politely.
 */
export function FilesSection({ uploads, resource, onChoose, onRemoved }: FilesSectionProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const problemText = useUploadProblemText();
  const maxBytes = useMaxFileBytes();
  const { announcement } = uploads;
  // Editing, a file done is listed with the saved ones; only those under way or refused stay here.
  const shown = resource ? uploads.items.filter((item) => item.status !== 'done') : uploads.items;
  const existing = resource?.files ?? NO_FILES;

  // The removed file's row takes the focus along when the resource comes back without it; focus then stays here rather than falling to the page.
  const focusOnceGone = useRef<string | null>(null);
  useEffect(() => {
    const fileId = focusOnceGone.current;
    if (!fileId || existing.some((file) => file.id === fileId)) return;
    focusOnceGone.current = null;
    headingRef.current?.focus();
  }, [existing]);

  const text = ({ outcome }: UploadAnnouncement): string => {
    if ('removed' in outcome) return t('resourceForm.files.removed', { name: outcome.removed });
    if ('refused' in outcome) return t('resourceForm.files.refusedSeveral', { count: outcome.refused });
    return outcome.problem
      ? t('resourceForm.files.notUploaded', { name: outcome.name, reason: problemText(outcome.problem) })
      : t('resourceForm.files.uploaded', { name: outcome.name });
  };

  return (
    <div className="files-section">
      <h2 className="files-section__heading" ref={headingRef} tabIndex={-1}>
        {t('resourceForm.files.heading')}
      </h2>
      <p id={helpId} className="field__description">
        {t('resourceForm.files.help', { megabytes: megabytesOf(maxBytes) })}
      </p>
      {resource ? (
        <ExistingFiles
          resourceId={resource.id}
          files={existing}
          onNewVersion={(file, replaces) => onChoose([file], replaces)}
          onRemoved={(saved, file) => {
            focusOnceGone.current = file.id;
            uploads.announceRemoved(file.name);
            onRemoved(saved);
          }}
        />
      ) : null}
      {/* The drop zone's own button, for the keyboard, takes files pasted in; the visible words are for the mouse. */}
      <DropZone
        className="file-drop"
        aria-label={t('resourceForm.files.dropLabel')}
        onDrop={(event) => {
          void Promise.all(event.items.filter(isFileDropItem).map((item) => item.getFile())).then((files) => {
            if (files.length > 0) onChoose(files);
          });
        }}
      >
        <FileTrigger
          allowsMultiple
          acceptedFileTypes={ACCEPTED_FILE_TYPES}
          onSelect={(list) => {
            if (!list || list.length === 0) return;
            onChoose(Array.from(list));
          }}
        >
          <Button ref={chooseRef} className="button button--secondary" aria-describedby={helpId}>
            {t('resourceForm.files.choose')}
          </Button>
        </FileTrigger>
        <span className="file-drop__text">{t('resourceForm.files.drop')}</span>
      </DropZone>
      <UploadList
        label={t('resourceForm.files.chosen')}
        items={shown}
        onCancel={uploads.cancel}
        onDismiss={uploads.dismiss}
        onEmptied={() => chooseRef.current?.focus()}
      />
      <p role="status" className="files-section__status">
        {/* A new element for each announcement: the same words said again are heard again. */}
        {announcement ? <span key={announcement.serial}>{text(announcement)}</span> : null}
      </p>
    </div>
  );
}
