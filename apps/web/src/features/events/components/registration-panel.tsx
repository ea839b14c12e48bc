import type { Event, RegistrationResult } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorMessage } from '../../../components/error-message';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { eventKeys } from '../api/event-queries';
import { useRegister, useUnregister } from '../api/registration-mutations';
import { isFull } from './event-seats';

type Outcome = 'registered' | 'waitlisted' | 'unregistered' | 'leftWaitlist';

const CLOSED_REASONS = ['cancelled', 'started', 'deadline_passed'] as const;
type ClosedReason = (typeof CLOSED_REASONS)[number];

/** The API's 409 says why registration is closed; the user reads it in their language. */
function closedReason(error: unknown): ClosedReason | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const reason = String(error.details?.reason ?? '').toLowerCase();
  return CLOSED_REASONS.find((known) => known === reason);
}

function errorOverrides(error: unknown, t: TFunction) {
  const reason = closedReason(error);
  return reason ? { CONFLICT: t(`eventPage.registration.closed.${reason}`) } : undefined;
}

/** Why registration is closed, for an event that is not cancelled. */
function closedText(event: Event, t: TFunction): string {
  if (Date.parse(event.startsAt) <= Date.now()) return t('eventPage.registration.closed.started');
  if (event.registrationDeadline && Date.parse(event.registrationDeadline) <= Date.now()) {
    return t('eventPage.registration.closed.deadlinePassedOn', { date: formatDateTime(event.registrationDeadline) });
  }
  return t('eventPage.registration.closed.other');
}

/**
 * A place can be given up until the start, also after the deadline, which closes new registrations
 * only. The API has the last word: a 409 says why, and the page catches up.
 */
function mayGiveUpPlace(event: Event): boolean {
  return !event.cancelledAt && Date.parse(event.startsAt) > Date.now();
}

/**
 * Register, join the waitlist, or give the place up. The answer is announced, and giving a place up
 * asks first, since it may go to the first on the waitlist.
 */
export function RegistrationPanel({ event }: { event: Event }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const register = useRegister(event.id);
  const unregister = useUnregister(event.id);
  const [outcome, setOutcome] = useState<{ kind: Outcome; position?: number | null } | null>(null);
  const registerButton = useRef<HTMLButtonElement>(null);
  const unregisterButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const mine = event.myRegistration;
  const isRegistered = mine !== null;
  const mayGiveUp = mine !== null && mayGiveUpPlace(event);

  // Registering or giving the place up swaps the buttons; focus goes to the one that took the pressed one's place.
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (isRegistered ? unregisterButton : registerButton).current?.focus();
  }, [isRegistered]);

  const onRegistered = (result: RegistrationResult) =>
    setOutcome(result.status === 'REGISTERED' ? { kind: 'registered' } : { kind: 'waitlisted', position: result.waitlistPosition });

  // A cancelled event offers no registration; the panel stays only to say why a press just now was refused.
  if (event.cancelledAt && !register.error) return null;

  const status =
    outcome?.kind === 'waitlisted'
      ? t('eventPage.registration.done.waitlisted', { position: outcome.position })
      : outcome
        ? t(`eventPage.registration.done.${outcome.kind}`)
        : '';

  return (
    <section aria-labelledby="registration-heading" className="panel">
      <h2 id="registration-heading">{t('eventPage.registration.heading')}</h2>
      {mine?.status === 'REGISTERED' ? <p>{t('eventPage.registration.youAreRegistered')}</p> : null}
      {mine?.status === 'WAITLISTED' ? (
        <p>{mine.waitlistPosition ? t('eventPage.registration.yourPosition', { position: mine.waitlistPosition }) : t('eventPage.registration.youAreWaitlisted')}</p>
      ) : null}
      {!mine && event.registrationOpen && isFull(event) ? <p>{t('eventPage.registration.full')}</p> : null}
      {mayGiveUp || (!mine && event.registrationOpen) ? (
        mine ? (
          <ConfirmDialog
            triggerRef={unregisterButton}
            trigger={mine.status === 'REGISTERED' ? t('eventPage.registration.unregister') : t('eventPage.registration.leaveWaitlist')}
            heading={mine.status === 'REGISTERED' ? t('eventPage.registration.unregisterHeading') : t('eventPage.registration.leaveHeading')}
            confirm={mine.status === 'REGISTERED' ? t('eventPage.registration.unregisterConfirm') : t('eventPage.registration.leaveConfirm')}
            isPending={unregister.isPending}
            error={unregister.error}
            errorOverrides={errorOverrides(unregister.error, t)}
            onOpenChange={() => {
              // Refused because registration closed meanwhile: once the dialog is gone the page catches up.
              if (closedReason(unregister.error)) void queryClient.invalidateQueries({ queryKey: eventKeys.detail(event.id) });
              unregister.reset();
            }}
            onConfirm={(close) => {
              const wasRegistered = mine.status === 'REGISTERED';
              unregister.mutate(undefined, {
                onSuccess: () => {
                  moveFocus.current = true;
                  setOutcome({ kind: wasRegistered ? 'unregistered' : 'leftWaitlist' });
                  close();
                },
              });
            }}
          >
            <p>{mine.status === 'REGISTERED' ? t('eventPage.registration.unregisterText', { title: event.title }) : t('eventPage.registration.leaveText', { title: event.title })}</p>
          </ConfirmDialog>
        ) : (
          <Button
            ref={registerButton}
            className="button"
            isPending={register.isPending}
            onPress={() => {
              setOutcome(null);
              register.mutate(undefined, {
                onSuccess: (result) => {
                  moveFocus.current = true;
                  onRegistered(result);
                },
              });
            }}
          >
            {isFull(event) ? t('eventPage.registration.joinWaitlist') : t('eventPage.registration.register')}
          </Button>
        )
      ) : event.cancelledAt ? null : (
        <p>{closedText(event, t)}</p>
      )}
      {register.error ? <ErrorMessage error={register.error} overrides={errorOverrides(register.error, t)} /> : null}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
