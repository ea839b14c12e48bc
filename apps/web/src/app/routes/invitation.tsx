import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { invitationPreviewQueries } from '../../features/auth/api/invitation-preview-queries';
import { AcceptInvitationForm } from '../../features/auth/components/accept-invitation-form';
import { ApiError } from '../../lib/api-client';
import type { LoginPageState } from '../../lib/auth/session-end';
import { tokenFromHash } from '../../lib/link-token';

export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));
  const preview = useQuery({ ...invitationPreviewQueries.detail(token ?? ''), enabled: token !== null });
  const isInvalid = token === null || (preview.error instanceof ApiError && (preview.error.code === 'LINK_INVALID' || preview.error.status === 400));

  return (
    <section className="page page--narrow">
      <h1>{t('invitation.title')}</h1>
      {isInvalid ? (
        <div role="alert" className="notice notice--warning">
          <p>{t('invitation.invalidLink')}</p>
          <p>
            <Link to="/login">{t('join.backToLogin')}</Link>
          </p>
        </div>
      ) : preview.isError ? (
        <ErrorMessage error={preview.error} />
      ) : preview.data && token ? (
        <>
          <p className="lead">{t('invitation.intro')}</p>
          <AcceptInvitationForm
            token={token}
            preview={preview.data}
            onAccepted={(email) =>
              void navigate('/login', { replace: true, state: { notice: 'invitationAccepted', email } satisfies LoginPageState })
            }
          />
        </>
      ) : (
        <p role="status">{t('invitation.loading')}</p>
      )}
    </section>
  );
}
