import type { AgencyFunctionList, Contact } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';

type Seat = AgencyFunctionList['items'][number];

/**
 * Shown first while the person is away: until when, and who stands in for them meanwhile (the
 * deputies of the seats they hold).
 */
export function ContactAwayNotice({ contact, functions }: { contact: Contact; functions: Seat[] | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (!contact.isAway || !contact.awayUntil) return null;
  const standIns = (functions ?? []).flatMap((seat) =>
    seat.holder?.id === contact.id && seat.deputy && seat.deputy.id !== contact.id ? [{ seat, deputy: seat.deputy }] : [],
  );
  return (
    <section aria-labelledby="away-heading" className="notice notice--warning">
      <h2 id="away-heading">{t('contacts.away.heading', { date: formatLongDate(contact.awayUntil, language) })}</h2>
      {standIns.length > 0 ? (
        <>
          <p>{t('contacts.away.askInstead')}</p>
          <ul>
            {standIns.map(({ seat, deputy }) => (
              <li key={seat.id}>
                <Link to={`/contacts/${deputy.id}`}>{deputy.name}</Link>
                {deputy.isAway ? ` (${t('contacts.away.alsoAway')})` : null}
                {', '}
                {t('contacts.away.deputyFor')} <Link to={`/functions/${seat.id}`}>{seat.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : functions ? (
        <p>{t('contacts.away.noDeputy')}</p>
      ) : null}
    </section>
  );
}
