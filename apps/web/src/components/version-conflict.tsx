import { useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** One field the user changed, next to what is saved now (both as display text; '' shows as empty). */
export interface VersionConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

export interface VersionConflictProps {
  /** The fields of the user's edit whose value differs from what is saved now; may be empty. */
  rows: readonly VersionConflictRow[];
  /** Sends the user's values again with the version now saved. */
  onSaveMine: () => void;
  /** Drops the user's edit and keeps what is saved now. */
  onDiscardMine: () => void;
  /** The heading; by default "someone else has saved changes in the meantime". */
  heading?: string;
  isSaving?: boolean;
}

/**
 * What to do when a save is refused because someone else saved first (412 VERSION_CONFLICT):
 * the user's value and the one saved now, field by field, and the choice between saving theirs
 * on top or discarding the edit. Focus moves to it so keyboard and screen-reader users notice.
 */
export function VersionConflict({ rows, onSaveMine, onDiscardMine, heading, isSaving }: VersionConflictProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const shown = (value: string) => (value === '' ? t('versionConflict.empty') : value);

  return (
    <section aria-labelledby={headingId} className="notice notice--warning version-conflict">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading ?? t('versionConflict.heading')}
      </h3>
      <p>{t('versionConflict.intro')}</p>
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('versionConflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('versionConflict.field')}</th>
                <th scope="col">{t('versionConflict.mine')}</th>
                <th scope="col">{t('versionConflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{shown(row.mine)}</td>
                  <td>{shown(row.theirs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('versionConflict.noOverlap')}</p>
      )}
      <div className="button-row">
        <Button className="button" onPress={onSaveMine} isPending={isSaving}>
          {t('versionConflict.saveMine')}
        </Button>
        <Button className="button button--secondary" onPress={onDiscardMine} isDisabled={isSaving}>
          {t('versionConflict.discardMine')}
        </Button>
      </div>
    </section>
  );
}
