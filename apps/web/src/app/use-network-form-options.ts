import { useQuery } from '@tanstack/react-query';
import type { Option } from '../components/form-fields';
import { agencyQueries } from '../features/agencies/api/agency-queries';
import { contactQueries } from '../features/contacts/api/contact-queries';
import { municipalityQueries } from '../features/municipalities/api/municipality-queries';
import { currentLanguage } from '../lib/i18n';

/** The network's choices the event and resource forms fetch: its agencies, the region's municipalities, the competence areas. */
export function useNetworkFormOptions(): { agencies: Option[]; municipalities: Option[]; competences: Option[] } {
  const language = currentLanguage();
  const agencies = useQuery(agencyQueries.names());
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());
  return {
    agencies: (agencies.data?.items ?? []).map((agency) => ({ id: agency.id, label: agency.name })),
    municipalities: (municipalities.data?.items ?? []).map((municipality) => ({ id: municipality.code, label: municipality.name })),
    competences: (competences.data?.items ?? []).map((competence) => ({ id: competence.id, label: language === 'en' ? competence.nameEn : competence.nameSv })),
  };
}
