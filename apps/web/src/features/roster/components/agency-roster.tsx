import type { Agency } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { useCurrentUser } from '../../../lib/auth/current-user';
import { canEditAgencyRoster } from '../../../lib/auth/roster-access';
import { rosterQueries } from '../api/roster-queries';
import { AgencyContacts } from './agency-contacts';
import { AgencyFunctions } from './agency-functions';
import { NewContactDialog } from './new-contact-dialog';
import { NewFunctionDialog } from './new-function-dialog';

/** The functions and the people of one agency, below its details; its roster editors add to both. */
export function AgencyRoster({ agency }: { agency: Pick<Agency, 'id' | 'name' | 'municipalities'> }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const canEdit = canEditAgencyRoster(user, agency);
  const functions = useQuery(rosterQueries.agencyFunctions(agency.id));
  const contacts = useQuery(rosterQueries.agencyContacts(agency.id));
  return (
    <>
      <section aria-labelledby="functions-heading">
        <h2 id="functions-heading">{t('roster.functions')}</h2>
        {canEdit ? (
          <div className="page-actions">
            <NewFunctionDialog agency={agency} />
          </div>
        ) : null}
        {functions.isError ? <ErrorMessage error={functions.error} /> : null}
        {functions.isPending ? <p role="status">{t('roster.loading')}</p> : null}
        {functions.data ? <AgencyFunctions functions={functions.data.items} /> : null}
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('roster.contacts')}</h2>
        {canEdit ? (
          <div className="page-actions">
            <NewContactDialog agency={agency} />
          </div>
        ) : null}
        {contacts.isError ? <ErrorMessage error={contacts.error} /> : null}
        {contacts.isPending ? <p role="status">{t('roster.loading')}</p> : null}
        {contacts.data ? <AgencyContacts contacts={contacts.data.items} /> : null}
      </section>
    </>
  );
}
