import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentUserQuery, useCurrentUser, useLogout } from '../../../lib/auth/current-user';
import { useEndSession, useIdleExpiresAt } from '../../../lib/auth/session-end';

const WARN_BEFORE_MS = 2 * 60_000;

/** "1:45" */
function minutesAndSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Two minutes before the server ends an idle session, asks whether to stay signed in; when the
 * time is up, signs out here too and says why on the login page.
 */
export function IdleWarning() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const expiresAt = useIdleExpiresAt();
  const endSession = useEndSession();
  const logout = useLogout();
  const [now, setNow] = useState(() => Date.now());
  const [isExtending, setIsExtending] = useState(false);

  const isActive = Boolean(user) && expiresAt !== null;
  const remaining = expiresAt === null ? Infinity : expiresAt - now;
  const isWarning = isActive && remaining <= WARN_BEFORE_MS;
  const hasExpired = isActive && remaining <= 0;

  // Sleeps until the warning is due, then ticks every second for the countdown.
  useEffect(() => {
    if (!isActive || expiresAt === null) return;
    const untilWarning = expiresAt - WARN_BEFORE_MS - Date.now();
    if (!isWarning && untilWarning > 0) {
      const timer = setTimeout(() => setNow(Date.now()), untilWarning);
      return () => clearTimeout(timer);
    }
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, [isActive, isWarning, expiresAt]);

  // The server ends the session at this time anyway; telling it too keeps both sides in step.
  const expire = useEffectEvent(() => logout.mutate(undefined, { onSettled: () => endSession('idle') }));
  useEffect(() => {
    if (hasExpired) expire();
  }, [hasExpired]);

  const staySignedIn = async () => {
    setIsExtending(true);
    try {
      // Any authenticated answer carries the new idle expiry time; asking who is signed in is the lightest.
      await queryClient.fetchQuery({ ...currentUserQuery(), staleTime: 0 });
    } finally {
      setIsExtending(false);
      setNow(Date.now());
    }
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen={isWarning && !hasExpired} isDismissable={false} isKeyboardDismissDisabled>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog" aria-describedby="idle-warning-text">
          <Heading slot="title" className="dialog__title">
            {t('idle.title')}
          </Heading>
          <p id="idle-warning-text">{t('idle.text')}</p>
          <p className="idle-warning__countdown">
            {t('idle.countdown')} <time>{minutesAndSeconds(remaining)}</time>
          </p>
          <div className="dialog__actions">
            <Button className="button" isPending={isExtending} onPress={() => void staySignedIn()}>
              {t('idle.stay')}
            </Button>
            <Button
              className="button button--secondary"
              isPending={logout.isPending}
              onPress={() => logout.mutate(undefined, { onSettled: () => endSession('signedOut') })}
            >
              {t('auth.signOut')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
