import type { Agency, AgencyNameList, CurrentUser, Municipality } from '@repo/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ArchiveAgencyDialog } from './archive-agency-dialog';
import { AgencyEditForm, type EditOutcome } from './agency-edit-form';
import { actingScope } from '../../../lib/auth/roster-access';
import { canArchiveAgency, canEditAgency, canRestructureAgency } from './agency-permissions';

interface AgencyAdminProps {
  agency: Agency;
  user: CurrentUser;
  municipalities: readonly Municipality[];
  /** The organisations it can be placed under. */
  names: AgencyNameList['items'];
  /** After a change is saved, for what else on the page depends on the agency (its history). */
  onChanged: () => void;
}

/** Editing and archiving an agency, for those allowed to: nothing at all for everyone else. */
export function AgencyAdmin({ agency, user, municipalities, names, onChanged }: AgencyAdminProps) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const shouldRefocus = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Back to the edit button after editing; to the message once archived, when the buttons are gone.
  useEffect(() => {
    if (!shouldRefocus.current) return;
    shouldRefocus.current = false;
    (editButton.current ?? statusRef.current)?.focus();
  });

  const canEdit = canEditAgency(user, agency);
  const canArchive = canArchiveAgency(user, agency);
  const statusLine = (
    <p role="status" ref={statusRef} tabIndex={-1}>
      {status}
    </p>
  );
  if (!canEdit && !canArchive) return statusLine;

  // Not itself, and not one of its own sub-organisations (the API refuses deeper cycles too).
  const parentOptions = names
    .filter((candidate) => candidate.id !== agency.id && !agency.children.some((child) => child.id === candidate.id))
    .map((candidate) => ({ id: candidate.id, label: candidate.name }));

  const finish = (outcome: EditOutcome) => {
    setEditing(false);
    setStatus(outcome === 'saved' ? t('agencyAdmin.saved') : outcome === 'unchanged' ? t('agencyAdmin.noChanges') : '');
    shouldRefocus.current = true;
    if (outcome === 'saved') onChanged();
  };

  return (
    <>
      {isEditing ? null : (
        <div className="button-row page-actions">
          {canEdit ? (
            <Button
              ref={editButton}
              className="button"
              onPress={() => {
                setStatus('');
                setEditing(true);
              }}
            >
              {t('agencyAdmin.edit')}
            </Button>
          ) : null}
          {canArchive ? (
            <ArchiveAgencyDialog
              agency={agency}
              onArchived={() => {
                setStatus(t('agencyAdmin.archivedDone'));
                shouldRefocus.current = true;
                onChanged();
              }}
            />
          ) : null}
        </div>
      )}
      {statusLine}
      {isEditing ? (
        <AgencyEditForm
          agency={agency}
          municipalities={municipalities}
          parentOptions={parentOptions}
          withStructure={canRestructureAgency(user, agency)}
          editableCodes={actingScope(user)}
          onDone={finish}
        />
      ) : null}
    </>
  );
}
