import type { Contact } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import type { Option } from '../../../components/form-fields';
import { contactQueries } from '../api/contact-queries';
import { ArchiveContactDialog } from './archive-contact-dialog';
import { ContactAwayNotice } from './contact-away-notice';
import { ContactDetails } from './contact-details';
import { ContactEditForm } from './contact-edit-form';
import { ContactFreshness } from './contact-freshness';
import { ContactFunctions } from './contact-functions';

interface ContactViewProps {
  contact: Contact;
  /** The person themselves, or an editor of their agency's roster. */
  canEdit: boolean;
  /** Only the roster's editors archive; a person does not remove themselves. */
  canArchive: boolean;
  municipalities: readonly Option[];
  onArchived: () => void;
  /** After a change was saved (an edit, a confirmation), e.g. to refresh the history. */
  onSaved?: () => void;
  /** The field-level history, for those who may read it. */
  history?: ReactNode;
}

/** One person of the roster: whom to ask meanwhile if they are away, then who they are and what they hold. */
export function ContactView({ contact, canEdit, canArchive, municipalities, onArchived, onSaved, history }: ContactViewProps) {
  const { t } = useTranslation();
  const functions = useQuery(contactQueries.functions(contact.id));
  const [isEditing, setIsEditing] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form, the focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !isEditing) editButton.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  return (
    <>
      <h1>{contact.name}</h1>
      {contact.isAway || contact.isStale ? (
        <p>
          {contact.isAway ? <span className="badge badge--away">{t('contacts.badges.away')}</span> : null}
          {contact.isStale ? <span className="badge badge--stale">{t('contacts.badges.stale')}</span> : null}
        </p>
      ) : null}
      <ContactAwayNotice contact={contact} functions={functions.data?.items} />
      {isEditing ? (
        <ContactEditForm
          contact={contact}
          municipalities={municipalities}
          onDone={(saved) => {
            setIsSaved(saved);
            setIsEditing(false);
            if (saved) onSaved?.();
          }}
        />
      ) : (
        <>
          <ContactDetails contact={contact} />
          {canEdit ? (
            <div className="page-actions button-row">
              <Button
                ref={editButton}
                className="button"
                onPress={() => {
                  setIsSaved(false);
                  setIsEditing(true);
                }}
              >
                {t('contacts.edit.open')}
              </Button>
              {canArchive ? <ArchiveContactDialog contact={contact} onArchived={onArchived} /> : null}
            </div>
          ) : null}
        </>
      )}
      <p role="status">{isSaved ? t('contacts.edit.saved') : ''}</p>
      <ContactFreshness contact={contact} canEdit={canEdit} onVerified={onSaved} />
      <section aria-labelledby="contact-functions-heading" className="panel">
        <h2 id="contact-functions-heading">{t('contacts.functions.heading')}</h2>
        {functions.isError ? <ErrorMessage error={functions.error} /> : null}
        {functions.isPending ? <p role="status">{t('contacts.loading')}</p> : null}
        {functions.data ? <ContactFunctions contactId={contact.id} functions={functions.data.items} /> : null}
      </section>
      {history}
    </>
  );
}
