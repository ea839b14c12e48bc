import { RESOURCE_KIND_NAMES, RESOURCE_KINDS, RESOURCE_LANGUAGES, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import type { Option } from '../../../components/form-fields';
import { languageName } from '../../../lib/languages';

/** The choices the resource form is given, fetched by its page: the network's agencies, the region's municipalities, the competence areas. */
export interface ResourceFormOptions {
  agencies: Option[];
  municipalities: Option[];
  competences: Option[];
}

const capitalised = (text: string, language: 'sv' | 'en') => text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** The fixed choices, named in the user's language: kinds, languages (in the contract's order), sectors. */
export function resourceChoices(language: 'sv' | 'en'): { kinds: Option[]; languages: Option[]; sectors: Option[] } {
  return {
    kinds: RESOURCE_KINDS.map((kind) => ({ id: kind, label: RESOURCE_KIND_NAMES[kind][language] })),
    languages: RESOURCE_LANGUAGES.map((code) => ({ id: code, label: capitalised(languageName(code, language), language) })),
    sectors: SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] })),
  };
}
