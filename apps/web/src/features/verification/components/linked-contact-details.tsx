import type { ContactVerification } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';

/** The contact's entry as colleagues see it in the roster. */
export function LinkedContactDetails({ contact }: { contact: ContactVerification }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = t('verification.link.none');
  return (
    <dl className="facts">
      <dt>{t('verification.link.name')}</dt>
      <dd>{contact.name}</dd>
      <dt>{t('verification.link.agency')}</dt>
      <dd>{contact.agencyName}</dd>
      <dt>{t('verification.link.jobTitle')}</dt>
      <dd>{contact.title ?? none}</dd>
      <dt>{t('verification.link.email')}</dt>
      <dd>{contact.email ?? none}</dd>
      <dt>{t('verification.link.phone')}</dt>
      <dd>{contact.phone ?? none}</dd>
      <dt>{t('verification.link.askMeAbout')}</dt>
      <dd className="preserve-lines">{contact.askMeAbout ?? none}</dd>
      <dt>{t('verification.link.languages')}</dt>
      <dd>{contact.languages.length > 0 ? contact.languages.map((code) => languageName(code, language)).join(', ') : none}</dd>
      <dt>{t('verification.link.competences')}</dt>
      <dd>
        {contact.competences.length > 0
          ? contact.competences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(', ')
          : none}
      </dd>
      {contact.awayUntil ? (
        <>
          <dt>{t('verification.link.awayUntil')}</dt>
          <dd>{contact.awayUntil}</dd>
        </>
      ) : null}
      <dt>{t('verification.link.lastVerified')}</dt>
      <dd>{contact.lastVerifiedAt ? formatLongDate(contact.lastVerifiedAt, language) : t('verification.link.never')}</dd>
    </dl>
  );
}
