import { type Competence, type CounterpartQuery, FUNCTION_KIND_NAMES, FUNCTION_KINDS, FunctionKindSchema } from '@repo/contracts';
import type { Language } from '../../../lib/i18n';

/** A choice in "I need …": a competence ("competence:avhopparstod") or a kind of seat ("function:SSP_COORDINATOR"). */
export interface NeedOption {
  id: string;
  label: string;
}

// "Övrig funktion" says nothing about what someone needs, so it is not offered.
const NEEDABLE_KINDS = FUNCTION_KINDS.filter((kind) => kind !== 'OTHER');

export function competenceOptions(competences: readonly Competence[], language: Language): NeedOption[] {
  return competences
    .map((c) => ({ id: `competence:${c.slug}`, label: language === 'en' ? c.nameEn : c.nameSv }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

export function functionOptions(language: Language): NeedOption[] {
  return NEEDABLE_KINDS.map((kind) => ({ id: `function:${kind}`, label: FUNCTION_KIND_NAMES[kind][language] }));
}

/** The option a question asks about. */
export function needKey(query: CounterpartQuery | undefined): string | null {
  if (query?.competence) return `competence:${query.competence}`;
  if (query?.function) return `function:${query.function}`;
  return null;
}

/** The question's need, from an option's id. */
export function needOf(key: string): Pick<CounterpartQuery, 'competence' | 'function'> {
  const [kind, value = ''] = key.split(':');
  if (kind === 'function') {
    const parsed = FunctionKindSchema.safeParse(value);
    return parsed.success ? { function: parsed.data } : {};
  }
  return { competence: value };
}
