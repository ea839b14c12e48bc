import type { Contact } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { currentLanguage } from '../../../lib/i18n';

/** The agency's people, with what to ask them about, and whether their details are current. */
export function AgencyContacts({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (contacts.length === 0) return <p>{t('roster.noContacts')}</p>;
  return (
    <ul className="roster-list">
      {contacts.map((contact) => (
        <li key={contact.id} className="roster-card">
          <h3 className="roster-card__title">
            <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
            {contact.isAway && contact.awayUntil ? <span className="badge badge--away">{t('roster.awayUntil', { date: contact.awayUntil })}</span> : null}
            {contact.isStale ? <span className="badge badge--stale">{t('roster.stale')}</span> : null}
          </h3>
          {contact.title ? <p className="roster-card__subtitle">{contact.title}</p> : null}
          {contact.competences.length > 0 ? (
            <p>
              <span className="visually-hidden">{t('roster.competences')}: </span>
              {contact.competences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(' · ')}
            </p>
          ) : null}
          <p className="roster-card__reach">
            {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
            {contact.email && contact.phone ? ' · ' : null}
            {contact.phone ? <PhoneLink phone={contact.phone} /> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
