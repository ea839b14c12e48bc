import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { CounterpartFinder } from '../../features/counterparts/components/counterpart-finder';
import { UpcomingEvents } from '../../features/events/components/upcoming-events';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { useCurrentUser } from '../../lib/auth/current-user';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user } = useCurrentUser();
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());
  // The user's own organisation says where they work: when that is one municipality, the finder starts there.
  const ownAgency = useQuery({ ...agencyQueries.detail(user?.agency.id ?? ''), enabled: Boolean(user) });
  const ownMunicipalities = ownAgency.data?.municipalities ?? [];
  return (
    <section className="page page--narrow">
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <CounterpartFinder
        competences={competences.data?.items ?? []}
        municipalities={municipalities.data?.items ?? []}
        defaultMunicipality={ownMunicipalities.length === 1 ? ownMunicipalities[0]?.code : undefined}
      />
      <p>
        <Link className="button button--primary" to="/agencies">
          {t('home.cta')}
        </Link>
      </p>
      <UpcomingEvents />
      <p className="muted">{t('home.privacy')}</p>
    </section>
  );
}
