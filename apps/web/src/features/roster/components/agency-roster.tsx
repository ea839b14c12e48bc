import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { rosterQueries } from '../api/roster-queries';
import { AgencyContacts } from './agency-contacts';
import { AgencyFunctions } from './agency-functions';

/** The functions and the people of one agency, below its details. */
export function AgencyRoster({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const functions = useQuery(rosterQueries.agencyFunctions(agencyId));
  const contacts = useQuery(rosterQueries.agencyContacts(agencyId));
  return (
    <>
      <section aria-labelledby="functions-heading">
        <h2 id="functions-heading">{t('roster.functions')}</h2>
        {functions.isError ? <ErrorMessage error={functions.error} /> : null}
        {functions.isPending ? <p role="status">{t('roster.loading')}</p> : null}
        {functions.data ? <AgencyFunctions functions={functions.data.items} /> : null}
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t('roster.contacts')}</h2>
        {contacts.isError ? <ErrorMessage error={contacts.error} /> : null}
        {contacts.isPending ? <p role="status">{t('roster.loading')}</p> : null}
        {contacts.data ? <AgencyContacts contacts={contacts.data.items} /> : null}
      </section>
    </>
  );
}
