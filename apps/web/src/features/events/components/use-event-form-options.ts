import { useQuery } from '@tanstack/react-query';
import type { Option } from '../../../components/form-fields';
import { currentLanguage } from '../../../lib/i18n';
import { agencyQueries } from '../../agencies/api/agency-queries';
import { contactQueries } from '../../contacts/api/contact-queries';
import { municipalityQueries } from '../../municipalities/api/municipality-queries';

/** The choices the event form offers: the network's agencies, the region's municipalities, the competence areas. */
export function useEventFormOptions(): { agencies: Option[]; municipalities: Option[]; competences: Option[] } {
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
