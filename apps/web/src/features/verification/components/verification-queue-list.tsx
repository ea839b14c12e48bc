import type { VerificationQueueItem, VerificationQueuePage } from '@repo/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { PhoneLink } from '../../../components/phone-link';
import { formatDate } from '../../../lib/dates';
import { useArchiveQueuedContact, useVerifyQueuedContact } from '../api/verification-queue-mutations';
import { ArchiveQueuedContactDialog } from './archive-queued-contact-dialog';

interface VerificationQueueListProps {
  page: VerificationQueuePage | undefined;
  isLoading: boolean;
  hasFailed: boolean;
}

/** The queue, one card per contact: how to reach them, how long they have been silent, and what to do. */
export function VerificationQueueList({ page, isLoading, hasFailed }: VerificationQueueListProps) {
  const { t } = useTranslation();
  const verify = useVerifyQueuedContact();
  const archive = useArchiveQueuedContact();
  const [notice, setNotice] = useState('');
  const error = verify.error ?? archive.error;

  const onVerify = (contact: VerificationQueueItem) => {
    archive.reset();
    verify.mutate(contact.id, { onSuccess: () => setNotice(t('verification.queue.verified', { name: contact.name })) });
  };
  const onArchive = (contact: VerificationQueueItem, close: () => void) => {
    verify.reset();
    archive.mutate(contact.id, {
      onSuccess: () => setNotice(t('verification.queue.archived', { name: contact.name })),
      onSettled: close,
    });
  };

  return (
    <section aria-labelledby="verification-results-heading" aria-busy={isLoading} className="results">
      <h2 id="verification-results-heading" className="visually-hidden">
        {t('verification.queue.results')}
      </h2>
      <p role="status" className={notice ? 'notice notice--success' : undefined}>
        {notice}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      <p role="status" className="results__count">
        {page ? t('verification.queue.count', { count: page.total }) : hasFailed ? null : t('verification.queue.loading')}
      </p>
      {page && page.items.length === 0 ? <p>{t('verification.queue.empty')}</p> : null}
      {page && page.items.length > 0 ? (
        <ul className="card-list">
          {page.items.map((contact) => (
            <li key={contact.id}>
              <article className="card" aria-labelledby={`queued-${contact.id}`}>
                <h3 id={`queued-${contact.id}`} className="card__title">
                  <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
                </h3>
                <dl className="facts">
                  <dt>{t('verification.queue.agency')}</dt>
                  <dd>{contact.agency.name}</dd>
                  {contact.title ? (
                    <>
                      <dt>{t('verification.queue.jobTitle')}</dt>
                      <dd>{contact.title}</dd>
                    </>
                  ) : null}
                  <dt>{t('verification.queue.email')}</dt>
                  <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t('verification.queue.noEmail')}</dd>
                  {contact.phone ? (
                    <>
                      <dt>{t('verification.queue.phone')}</dt>
                      <dd>
                        <PhoneLink phone={contact.phone} />
                      </dd>
                    </>
                  ) : null}
                  <dt>{t('verification.queue.lastVerified')}</dt>
                  <dd>{contact.lastVerifiedAt ? formatDate(contact.lastVerifiedAt) : t('verification.queue.never')}</dd>
                  {contact.verificationRequestedAt ? (
                    <>
                      <dt>{t('verification.queue.requested')}</dt>
                      <dd>{formatDate(contact.verificationRequestedAt)}</dd>
                    </>
                  ) : null}
                  {contact.verificationRemindedAt ? (
                    <>
                      <dt>{t('verification.queue.reminded')}</dt>
                      <dd>{formatDate(contact.verificationRemindedAt)}</dd>
                    </>
                  ) : null}
                  <dt>{t('verification.queue.queued')}</dt>
                  <dd>{formatDate(contact.verificationQueuedAt)}</dd>
                </dl>
                <div className="button-row">
                  <Button
                    className="button"
                    aria-label={t('verification.queue.verifyFor', { name: contact.name })}
                    isPending={verify.isPending && verify.variables === contact.id}
                    onPress={() => onVerify(contact)}
                  >
                    {t('verification.queue.verify')}
                  </Button>
                  <Link className="button button--secondary" to={`/contacts/${contact.id}`} aria-label={t('verification.queue.editFor', { name: contact.name })}>
                    {t('verification.queue.edit')}
                  </Link>
                  <ArchiveQueuedContactDialog
                    contact={contact}
                    isPending={archive.isPending && archive.variables === contact.id}
                    onArchive={(close) => onArchive(contact, close)}
                  />
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
