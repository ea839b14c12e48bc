import { type Competence, FUNCTION_KIND_NAMES, FunctionKindSchema, type Municipality, SECTOR_NAMES, SectorSchema } from '@repo/contracts';
import type { Language } from '../../../lib/i18n';
import type { FacetFilter } from './use-search-params';

/** Turns a facet's value (a code, a slug, a kind) into the name a person reads. */
export type FacetLabel = (facet: FacetFilter, value: string) => string;

const languageNames = new Map<Language, Intl.DisplayNames>();

/** "ar" → "Arabiska" (sv) or "Arabic" (en). */
function languageName(code: string, language: Language): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language === 'sv' ? 'sv-SE' : 'en-GB'], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  const name = names.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

export function facetLabels(municipalities: readonly Municipality[], competences: readonly Competence[], language: Language): FacetLabel {
  const municipalityNames = new Map(municipalities.map((m) => [m.code, m.name]));
  const competenceNames = new Map(competences.map((c) => [c.slug, language === 'en' ? c.nameEn : c.nameSv]));
  return (facet, value) => {
    switch (facet) {
      case 'municipality':
        return municipalityNames.get(value) ?? value;
      case 'competence':
        return competenceNames.get(value) ?? value;
      case 'sector': {
        const sector = SectorSchema.safeParse(value);
        return sector.success ? SECTOR_NAMES[sector.data][language] : value;
      }
      case 'function': {
        const kind = FunctionKindSchema.safeParse(value);
        return kind.success ? FUNCTION_KIND_NAMES[kind.data][language] : value;
      }
      case 'language':
        return languageName(value, language);
    }
  };
}
