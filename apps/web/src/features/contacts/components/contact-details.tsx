import type { Contact } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhoneLink } from '../../../components/phone-link';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';

/** Who the person is, where they work, how to reach them and what to ask them about. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = t('contacts.details.none');
  return (
    <dl className="facts">
      {contact.title ? (
        <>
          <dt>{t('contacts.details.title')}</dt>
          <dd>{contact.title}</dd>
        </>
      ) : null}
      <dt>{t('contacts.details.agency')}</dt>
      <dd>
        <Link to={`/agencies/${contact.agency.id}`}>{contact.agency.name}</Link>
      </dd>
      <dt>{t('contacts.details.email')}</dt>
      <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : none}</dd>
      <dt>{t('contacts.details.phone')}</dt>
      <dd>{contact.phone ? <PhoneLink phone={contact.phone} /> : none}</dd>
      <dt>{t('contacts.details.competences')}</dt>
      <dd>
        {contact.competences.length > 0
          ? contact.competences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(', ')
          : none}
      </dd>
      <dt>{t('contacts.details.languages')}</dt>
      <dd>{contact.languages.length > 0 ? contact.languages.map((code) => languageName(code, language)).join(', ') : none}</dd>
      <dt>{t('contacts.details.municipalities')}</dt>
      <dd>{contact.municipalities.length > 0 ? contact.municipalities.map((municipality) => municipality.name).join(', ') : none}</dd>
      <dt>{t('contacts.details.askMeAbout')}</dt>
      <dd className="preserve-lines">{contact.askMeAbout || none}</dd>
    </dl>
  );
}
