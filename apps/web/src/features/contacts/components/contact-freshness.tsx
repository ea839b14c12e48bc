import type { Contact } from '@repo/contracts';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { useVerifyContact } from '../api/contact-mutations';

/** When the details were last confirmed and by whom, whether they are stale, and (for editors) confirming them. */
export function ContactFreshness({ contact, canEdit, onVerified }: { contact: Contact; canEdit: boolean; onVerified?: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const verify = useVerifyContact(contact.id);
  const verified = contact.lastVerifiedAt
    ? contact.lastVerifiedBy
      ? t('contacts.freshness.verifiedBy', { date: formatLongDate(contact.lastVerifiedAt, language), name: contact.lastVerifiedBy })
      : t('contacts.freshness.verified', { date: formatLongDate(contact.lastVerifiedAt, language) })
    : t('contacts.freshness.never');
  return (
    <section aria-labelledby="freshness-heading" className="panel">
      <h2 id="freshness-heading">{t('contacts.freshness.heading')}</h2>
      <p>{verified}</p>
      {contact.isStale ? <p className="notice notice--warning">{t('contacts.freshness.stale')}</p> : null}
      {canEdit ? (
        <>
          {verify.error ? <ErrorMessage error={verify.error} /> : null}
          <div className="button-row">
            <Button className="button button--secondary" isPending={verify.isPending} onPress={() => verify.mutate(undefined, { onSuccess: onVerified })}>
              {t('contacts.freshness.confirm')}
            </Button>
            <span role="status">{verify.isSuccess ? t('contacts.freshness.confirmed') : ''}</span>
          </div>
        </>
      ) : null}
    </section>
  );
}
