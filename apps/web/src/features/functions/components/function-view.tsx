import type { AgencyFunction } from '@repo/contracts';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FunctionDetails } from './function-details';
import { FunctionEditForm } from './function-edit-form';
import { FunctionHandovers } from './function-handovers';
import { FunctionPeople } from './function-people';
import { HandoverDialog } from './handover-dialog';

interface FunctionViewProps {
  seat: AgencyFunction;
  /** The agency's roster editors: its own editors and the coordinators of its municipalities. */
  canEdit: boolean;
  /** After a change was saved (an edit, a handover), e.g. to refresh the history. */
  onSaved?: () => void;
  /** The field-level history, for those who may read it. */
  history?: ReactNode;
}

/** One seat: who to turn to now, how to reach the seat itself, and who has held it. */
export function FunctionView({ seat, canEdit, onSaved, history }: FunctionViewProps) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const [status, setStatus] = useState<'saved' | 'handedOver' | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !isEditing) editButton.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  return (
    <>
      <h1>{seat.name}</h1>
      {seat.isVacant ? (
        <p>
          <span className="badge badge--vacant">{t('functions.people.vacant')}</span>
        </p>
      ) : null}
      <section aria-labelledby="function-people-heading">
        <h2 id="function-people-heading">{t('functions.people.heading')}</h2>
        <FunctionPeople seat={seat} />
      </section>
      {isEditing ? (
        <FunctionEditForm
          seat={seat}
          onDone={(saved) => {
            setStatus(saved ? 'saved' : null);
            setIsEditing(false);
            if (saved) onSaved?.();
          }}
        />
      ) : (
        <>
          <FunctionDetails seat={seat} />
          {canEdit ? (
            <div className="page-actions button-row">
              <HandoverDialog
                seat={seat}
                onHandedOver={() => {
                  setStatus('handedOver');
                  onSaved?.();
                }}
              />
              <Button
                ref={editButton}
                className="button button--secondary"
                onPress={() => {
                  setStatus(null);
                  setIsEditing(true);
                }}
              >
                {t('functions.edit.open')}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <p role="status">{status === 'saved' ? t('functions.edit.saved') : status === 'handedOver' ? t('functions.handover.done') : ''}</p>
      <section aria-labelledby="handovers-heading" className="panel">
        <h2 id="handovers-heading">{t('functions.handovers.heading')}</h2>
        <FunctionHandovers history={seat.history} />
      </section>
      {history}
    </>
  );
}
