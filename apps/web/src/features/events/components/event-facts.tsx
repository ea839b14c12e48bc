import { EVENT_KIND_NAMES, type Event, SECTOR_NAMES } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { formatDateTime } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { safeUrl } from './event-description';
import { SeatsTaken } from './event-seats';
import { eventWeekText, eventWhenText } from './event-when';

/** Places taken of how many, and how many wait. */
function Capacity({ event }: { event: Event }) {
  const { t } = useTranslation();
  if (event.capacity === null) return <>{t('eventPage.facts.noLimit', { count: event.registeredCount })}</>;
  return (
    <>
      <SeatsTaken registered={event.registeredCount} capacity={event.capacity} />
      {event.waitlistCount > 0 ? ` ${t('eventPage.facts.waitlist', { count: event.waitlistCount })}` : null}
    </>
  );
}

/** What, when, where, for whom, and who to ask: the facts of one event. */
export function EventFacts({ event }: { event: Event }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const onlineUrl = event.onlineUrl ? safeUrl(event.onlineUrl) : null;
  return (
    <dl className="facts">
      <dt>{t('eventPage.facts.kind')}</dt>
      <dd>{EVENT_KIND_NAMES[event.kind][language]}</dd>
      <dt>{t('eventPage.facts.when')}</dt>
      <dd>
        {eventWhenText(event, language)} ({eventWeekText(event, language)})
      </dd>
      {event.place ? (
        <>
          <dt>{t('eventPage.facts.place')}</dt>
          <dd className="preserve-lines">{event.place}</dd>
        </>
      ) : null}
      {onlineUrl ? (
        <>
          <dt>{t('eventPage.facts.online')}</dt>
          <dd>
            <a href={onlineUrl} rel="noopener noreferrer">
              {onlineUrl}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t('eventPage.facts.organiser')}</dt>
      <dd>
        <Link to={`/agencies/${event.organiserAgency.id}`}>{event.organiserAgency.name}</Link>
      </dd>
      {event.contact ? (
        <>
          <dt>{t('eventPage.facts.contact')}</dt>
          <dd>
            <Link to={`/contacts/${event.contact.id}`}>{event.contact.name}</Link>
            {event.contact.email ? (
              <>
                <br />
                <a href={`mailto:${event.contact.email}`}>{event.contact.email}</a>
              </>
            ) : null}
            {event.contact.phone ? (
              <>
                <br />
                <PhoneLink phone={event.contact.phone} />
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>{t('eventPage.facts.sectors')}</dt>
      <dd>
        {event.targetSectors.length > 0
          ? event.targetSectors.map((sector) => SECTOR_NAMES[sector][language]).join(', ')
          : t('eventPage.facts.allSectors')}
      </dd>
      <dt>{t('eventPage.facts.municipalities')}</dt>
      <dd>
        {event.targetMunicipalities.length > 0
          ? event.targetMunicipalities.map((municipality) => municipality.name).join(', ')
          : t('eventPage.facts.wholeRegion')}
      </dd>
      {event.targetCompetences.length > 0 ? (
        <>
          <dt>{t('eventPage.facts.competences')}</dt>
          <dd>{event.targetCompetences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(', ')}</dd>
        </>
      ) : null}
      <dt>{t('eventPage.facts.capacity')}</dt>
      <dd>
        <Capacity event={event} />
      </dd>
      {event.registrationDeadline ? (
        <>
          <dt>{t('eventPage.facts.deadline')}</dt>
          <dd>{formatDateTime(event.registrationDeadline)}</dd>
        </>
      ) : null}
      {event.createdBy ? (
        <>
          <dt>{t('eventPage.facts.postedBy')}</dt>
          <dd>{event.createdBy.name}</dd>
        </>
      ) : null}
    </dl>
  );
}
