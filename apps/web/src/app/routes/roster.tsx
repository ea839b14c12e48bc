import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { RosterExportPanel } from '../../features/roster-import/components/roster-export-panel';
import { RosterImportWizard } from '../../features/roster-import/components/roster-import-wizard';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';

/** Coordinators and administrators: the roster to and from Excel. */
export function RosterTransferPage() {
  const { t } = useTranslation();
  usePageTitle(t('rosterImport.title'));
  const { user } = useCurrentUser();
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());
  return (
    <section className="page page--medium">
      <h1>{t('rosterImport.heading')}</h1>
      <p className="lead">{t('rosterImport.intro')}</p>
      {userCan(user, 'roster:export') ? (
        <RosterExportPanel municipalities={municipalities.data?.items ?? []} competences={competences.data?.items ?? []} />
      ) : null}
      <RosterImportWizard />
    </section>
  );
}
