import { useEffect, useRef } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { formatFileSize } from './file-size';
import { useUploadProblemText } from './upload-problem-text';
import type { UploadItem } from './use-file-uploads';

interface UploadListProps {
  label: string;
  items: readonly UploadItem[];
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  /** Takes the focus when a row that had it leaves and no other row has a button for it. */
  onEmptied: () => void;
}

/** Where the focus goes once a row's own button is gone: the row itself, cancelled, or the row that took a dismissed one's place. */
type FocusNext = { cancelled: string } | { dismissed: string; next: string | null };

/** The files chosen for upload: waiting, on their way with a progress bar, done, or why not. */
export function UploadList({ label, items, onCancel, onDismiss, onEmptied }: UploadListProps) {
  const rows = useRef(new Map<string, HTMLLIElement>());
  const focusNext = useRef<FocusNext | null>(null);
  // The pressed button goes with the change it makes; the focus moves on once the list shows it.
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    let target: string | null;
    if ('cancelled' in want) {
      if (items.find((item) => item.key === want.cancelled)?.status === 'uploading') return;
      target = want.cancelled;
    } else {
      if (items.some((item) => item.key === want.dismissed)) return;
      target = want.next;
    }
    focusNext.current = null;
    const button = target ? rows.current.get(target)?.querySelector('button') : null;
    if (button) button.focus();
    else onEmptied();
  }, [items, onEmptied]);

  if (items.length === 0) return null;
  const dismiss = (key: string) => {
    const index = items.findIndex((item) => item.key === key);
    // The row below takes its place; the last one gives the focus to the row above.
    const next = items[index + 1] ?? items[index - 1] ?? null;
    focusNext.current = { dismissed: key, next: next?.key ?? null };
    onDismiss(key);
  };
  const cancel = (key: string) => {
    focusNext.current = { cancelled: key };
    onCancel(key);
  };
  return (
    <ul className="upload-list" aria-label={label}>
      {items.map((item) => (
        <li
          key={item.key}
          ref={(row) => {
            if (row) rows.current.set(item.key, row);
            else rows.current.delete(item.key);
          }}
          className={`upload-list__item upload-list__item--${item.status}`}
        >
          <UploadRow item={item} onCancel={() => cancel(item.key)} onDismiss={() => dismiss(item.key)} />
        </li>
      ))}
    </ul>
  );
}

function UploadRow({ item, onCancel, onDismiss }: { item: UploadItem; onCancel: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const problemText = useUploadProblemText();
  const language = currentLanguage();
  const size = item.file ? formatFileSize(item.file.size, language) : null;
  return (
    <>
      <p className="upload-list__name">
        <span className="upload-list__file">{item.name}</span>
        {size ? <span className="muted"> ({size})</span> : null}
        {item.replaces ? <span className="upload-list__tag">{t('resourceForm.files.newVersionTag', { name: item.replaces.name })}</span> : null}
      </p>
      {item.status === 'queued' ? (
        <div className="upload-list__row">
          <span className="muted">{t('resourceForm.files.queuedNote')}</span>
          <Button className="button button--secondary button--small" aria-label={t('resourceForm.files.removeFromList', { name: item.name })} onPress={onDismiss}>
            {t('resourceForm.files.remove')}
          </Button>
        </div>
      ) : null}
      {item.status === 'uploading' || item.status === 'done' ? (
        <div className="upload-list__row">
          <ProgressBar
            className="upload-progress"
            value={Math.round(item.sent * 100)}
            valueLabel={item.status === 'done' ? t('resourceForm.files.done') : undefined}
          >
            {({ percentage, valueText }) => (
              <>
                <Label className="upload-progress__label">
                  {item.status === 'uploading' && item.sent >= 1 ? t('resourceForm.files.processing', { name: item.name }) : t('resourceForm.files.uploading', { name: item.name })}
                </Label>
                <span className="upload-progress__value">{valueText}</span>
                <div className="upload-progress__track" aria-hidden="true">
                  <div className="upload-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
          {item.status === 'uploading' ? (
            <Button className="button button--secondary button--small" aria-label={t('resourceForm.files.cancelUploadNamed', { name: item.name })} onPress={onCancel}>
              {t('resourceForm.files.cancelUpload')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {item.status === 'problem' && item.problem ? (
        <div className="upload-list__row">
          <p className="field__error upload-list__problem">{problemText(item.problem)}</p>
          <Button className="button button--secondary button--small" aria-label={t('resourceForm.files.removeFromList', { name: item.name })} onPress={onDismiss}>
            {t('resourceForm.files.remove')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
