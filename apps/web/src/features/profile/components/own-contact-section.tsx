import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { useVerifyOwnContact } from '../api/profile-mutations';
import { profileQueries } from '../api/profile-queries';

/** The user's own entry in the roster, and the one click that keeps it from going stale. */
export function OwnContactSection() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const contact = useQuery(profileQueries.ownContact());
  const verify = useVerifyOwnContact();
  return (
    <section aria-labelledby="own-contact-heading" className="panel">
      <h2 id="own-contact-heading">{t('ownContact.heading')}</h2>
      {contact.isError ? <ErrorMessage error={contact.error} /> : null}
      {contact.data === null ? <p>{t('ownContact.none')}</p> : null}
      {contact.data ? (
        <>
          <dl className="facts">
            <dt>{t('ownContact.agency')}</dt>
            <dd>{contact.data.agency.name}</dd>
            {contact.data.title ? (
              <>
                <dt>{t('ownContact.title')}</dt>
                <dd>{contact.data.title}</dd>
              </>
            ) : null}
            <dt>{t('ownContact.competences')}</dt>
            <dd>
              {contact.data.competences.length > 0
                ? contact.data.competences.map((competence) => (language === 'en' ? competence.nameEn : competence.nameSv)).join(', ')
                : '–'}
            </dd>
            <dt>{t('ownContact.verified')}</dt>
            <dd>{contact.data.lastVerifiedAt ? formatLongDate(contact.data.lastVerifiedAt, language) : t('ownContact.never')}</dd>
          </dl>
          {contact.data.isStale ? <p className="notice notice--warning">{t('ownContact.stale')}</p> : null}
          <p role="status">{verify.isSuccess ? t('ownContact.thanks') : null}</p>
          {verify.error ? <ErrorMessage error={verify.error} /> : null}
          <Button className="button button--secondary" isPending={verify.isPending} onPress={() => verify.mutate(contact.data!.id)}>
            {t('ownContact.confirm')}
          </Button>
        </>
      ) : null}
    </section>
  );
}
