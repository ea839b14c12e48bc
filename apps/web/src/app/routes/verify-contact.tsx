import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { useConfirmContactDetails } from '../../features/verification/api/contact-verification-mutations';
import { contactVerificationQueries } from '../../features/verification/api/contact-verification-queries';
import { ContactSelfUpdateForm } from '../../features/verification/components/contact-self-update-form';
import { LinkedContactDetails } from '../../features/verification/components/linked-contact-details';
import { ApiError } from '../../lib/api-client';
import { formatLongDate } from '../../lib/dates';
import { currentLanguage } from '../../lib/i18n';
import { tokenFromHash } from '../../lib/link-token';

/**
 * The page a "still correct?" mail links to (`/verify-contact#token=…`, `&edit=1` for the
 * form): the contact's entry, one button to confirm it and a form to correct it. Nothing happens
 * on opening the link, since mail scanners open links too.
 */
export function VerifyContactPage() {
  const { t } = useTranslation();
  usePageTitle(t('verification.link.title'));
  const location = useLocation();
  const [link] = useState(() => ({ token: tokenFromHash(location.hash), wantsForm: new URLSearchParams(location.hash.replace(/^#/, '')).get('edit') === '1' }));
  const { token } = link;
  const details = useQuery({ ...contactVerificationQueries.detail(token ?? ''), enabled: token !== null });
  const confirm = useConfirmContactDetails();
  const [outcome, setOutcome] = useState<'confirmed' | 'saved' | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const isInvalid = token === null || (details.error instanceof ApiError && (details.error.code === 'LINK_INVALID' || details.error.status === 400));

  // The mail's second link opens the page at the form.
  useEffect(() => {
    if (link.wantsForm && details.data) editHeading.current?.focus();
  }, [link.wantsForm, details.data]);

  return (
    <section className="page page--medium">
      <h1>{t('verification.link.title')}</h1>
      <div role="status">{outcome ? <p className="notice notice--success">{t(`verification.link.${outcome}`)}</p> : null}</div>
      {outcome ? null : isInvalid ? (
        <div role="alert" className="notice notice--warning">
          <p>{t('verification.link.invalid')}</p>
          <p>
            <Link to="/login">{t('verification.link.toLogin')}</Link>
          </p>
        </div>
      ) : details.isError ? (
        <ErrorMessage error={details.error} />
      ) : details.data && token ? (
        <>
          <p className="lead">{t('verification.link.intro')}</p>
          <section aria-labelledby="linked-contact-heading" className="panel">
            <h2 id="linked-contact-heading">{t('verification.link.detailsHeading')}</h2>
            <LinkedContactDetails contact={details.data} />
            <p>{t('verification.link.expires', { date: formatLongDate(details.data.expiresAt, currentLanguage()) })}</p>
            {confirm.error ? <ErrorMessage error={confirm.error} overrides={{ LINK_INVALID: t('verification.link.invalid') }} /> : null}
            <Button className="button" isPending={confirm.isPending} onPress={() => confirm.mutate(token, { onSuccess: () => setOutcome('confirmed') })}>
              {t('verification.link.confirm')}
            </Button>
          </section>
          <section aria-labelledby="edit-contact-heading" className="panel">
            <h2 id="edit-contact-heading" ref={editHeading} tabIndex={-1}>
              {t('verification.link.editHeading')}
            </h2>
            <p>{t('verification.link.editIntro')}</p>
            <ContactSelfUpdateForm token={token} contact={details.data} onSaved={() => setOutcome('saved')} />
          </section>
        </>
      ) : (
        <p role="status">{t('verification.link.loading')}</p>
      )}
    </section>
  );
}
