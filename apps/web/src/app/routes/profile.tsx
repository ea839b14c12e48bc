import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { CalendarFeedsSection } from '../../features/events/components/calendar-feeds-section';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { profileQueries } from '../../features/profile/api/profile-queries';
import { ChangePasswordForm } from '../../features/profile/components/change-password-form';
import { MfaSettings } from '../../features/profile/components/mfa-settings';
import { OwnContactSection } from '../../features/profile/components/own-contact-section';
import { PersonalDataSection } from '../../features/profile/components/personal-data-section';
import { ProfileDetailsForm } from '../../features/profile/components/profile-details-form';
import { SessionList } from '../../features/profile/components/session-list';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { useEndSession } from '../../lib/auth/session-end';

export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { user } = useCurrentUser();
  const sessions = useQuery(profileQueries.sessions());
  const endSession = useEndSession();
  const municipalities = useQuery(municipalityQueries.list());
  // The route guard has made sure someone is signed in.
  if (!user) return null;
  return (
    <section className="page page--medium">
      <h1>{t('profile.heading')}</h1>
      <ProfileDetailsForm user={user} />
      <OwnContactSection />
      {userCan(user, 'calendar:subscribe') ? (
        <CalendarFeedsSection municipalities={(municipalities.data?.items ?? []).map((m) => ({ id: m.code, label: m.name }))} />
      ) : null}
      <ChangePasswordForm />
      <MfaSettings user={user} />
      <SessionList sessions={sessions.data?.items} isLoading={sessions.isPending} error={sessions.error} />
      <PersonalDataSection onDeleted={() => endSession('accountDeleted')} />
    </section>
  );
}
