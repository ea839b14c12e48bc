import type { EventSummary } from '@repo/contracts';
import { useTranslation } from 'react-i18next';

type Seats = Pick<EventSummary, 'capacity' | 'registeredCount'>;

/** Every place is taken, so the next to register goes on the waitlist. */
export function isFull(event: Seats): boolean {
  return event.capacity !== null && event.registeredCount >= event.capacity;
}

/** "19 / 50" on screen; spelled out for screen readers, which would read the slash aloud. */
export function SeatsTaken({ registered, capacity }: { registered: number; capacity: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">{t('eventsCalendar.event.capacity', { registered, capacity })}</span>
      <span className="visually-hidden">{t('eventsCalendar.event.capacitySpoken', { registered, capacity })}</span>
    </>
  );
}
