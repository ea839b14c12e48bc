import type { Event, Participant } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { formatDateTime } from '../../../lib/dates';
import { eventQueries, participantsExportUrl } from '../api/event-queries';
import { useRemoveParticipant } from '../api/registration-mutations';

interface ParticipantTableProps {
  event: Event;
  caption: string;
  participants: Participant[];
  isWaitlist: boolean;
  onRemoved: (participant: Participant) => void;
}

function RemoveParticipantDialog({ event, participant, onRemoved }: { event: Event; participant: Participant; onRemoved: (participant: Participant) => void }) {
  const { t } = useTranslation();
  const remove = useRemoveParticipant(event.id);
  return (
    <ConfirmDialog
      trigger={t('eventPage.participants.remove')}
      triggerAriaLabel={t('eventPage.participants.removeLabel', { name: participant.name })}
      heading={t('eventPage.participants.removeHeading', { name: participant.name })}
      confirm={t('eventPage.participants.removeConfirm')}
      isPending={remove.isPending}
      error={remove.error}
      onOpenChange={() => remove.reset()}
      onConfirm={(close) =>
        remove.mutate(participant.userId, {
          onSuccess: () => {
            close();
            onRemoved(participant);
          },
        })
      }
    >
      <p>{t('eventPage.participants.removeText', { title: event.title })}</p>
    </ConfirmDialog>
  );
}

function ParticipantTable({ event, caption, participants, isWaitlist, onRemoved }: ParticipantTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  if (participants.length === 0) {
    return (
      <>
        <h3>{caption}</h3>
        <p>{isWaitlist ? t('eventPage.participants.noWaitlist') : t('eventPage.participants.noneRegistered')}</p>
      </>
    );
  }
  return (
    <>
      <h3 id={captionId}>{caption}</h3>
      <div className="table-wrap">
        <table className="table table--compact" aria-labelledby={captionId}>
          <thead>
            <tr>
              {isWaitlist ? <th scope="col">{t('eventPage.participants.position')}</th> : null}
              <th scope="col">{t('eventPage.participants.name')}</th>
              <th scope="col">{t('eventPage.participants.agency')}</th>
              <th scope="col">{t('eventPage.participants.email')}</th>
              <th scope="col">{isWaitlist ? t('eventPage.participants.queuedAt') : t('eventPage.participants.registeredAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('eventPage.participants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => (
              <tr key={participant.userId}>
                {isWaitlist ? <td>{index + 1}</td> : null}
                <th scope="row">{participant.name}</th>
                <td>
                  <Link to={`/agencies/${participant.agency.id}`}>{participant.agency.name}</Link>
                </td>
                <td>
                  <a href={`mailto:${participant.email}`}>{participant.email}</a>
                </td>
                <td>{formatDateTime(isWaitlist ? participant.queuedAt : (participant.confirmedAt ?? participant.queuedAt))}</td>
                <td>
                  <RemoveParticipantDialog event={event} participant={participant} onRemoved={onRemoved} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** For the organisers: who comes, who waits (in order), taking someone off, and the list as CSV. */
export function ParticipantsPanel({ event }: { event: Event }) {
  const { t } = useTranslation();
  const participants = useQuery(eventQueries.participants(event.id));
  const [removed, setRemoved] = useState<{ userId: string; name: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusOnceGone = useRef<string | null>(null);
  // The removed row takes its button along when the list comes back; focus then stays in the panel rather than falling to the page.
  const data = participants.data;
  useEffect(() => {
    if (!focusOnceGone.current || !data) return;
    const userId = focusOnceGone.current;
    if ([...data.registered, ...data.waitlist].some((participant) => participant.userId === userId)) return;
    focusOnceGone.current = null;
    heading.current?.focus();
  }, [data]);
  const onRemoved = (participant: Participant) => {
    focusOnceGone.current = participant.userId;
    setRemoved(participant);
  };
  return (
    <section aria-labelledby="participants-heading" className="panel">
      <h2 id="participants-heading" ref={heading} tabIndex={-1}>
        {t('eventPage.participants.heading')}
      </h2>
      <p>
        <a href={participantsExportUrl(event.id)} download>
          {t('eventPage.participants.export')}
        </a>
      </p>
      {participants.isPending ? <p role="status">{t('eventPage.participants.loading')}</p> : null}
      {participants.isError ? <ErrorMessage error={participants.error} /> : null}
      {participants.data ? (
        <>
          <ParticipantTable
            event={event}
            caption={t('eventPage.participants.registeredHeading', { count: participants.data.registered.length })}
            participants={participants.data.registered}
            isWaitlist={false}
            onRemoved={onRemoved}
          />
          <ParticipantTable
            event={event}
            caption={t('eventPage.participants.waitlistHeading', { count: participants.data.waitlist.length })}
            participants={participants.data.waitlist}
            isWaitlist
            onRemoved={onRemoved}
          />
        </>
      ) : null}
      <p role="status" className="status-line">
        {removed ? t('eventPage.participants.removed', { name: removed.name }) : ''}
      </p>
    </section>
  );
}
