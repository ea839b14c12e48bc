import { z } from 'zod';

/** The kinds of seat in the network (DOMAIN.md, "Typical functions"), in the order the UI lists them. */
export const FUNCTION_KINDS = [
  'CVE_COORDINATOR',
  'SSP_COORDINATOR',
  'SAFETY_COORDINATOR',
  'SOCIAL_WORKER',
  'SCHOOL_WELFARE',
  'COMMUNITY_POLICE',
  'REGIONAL_COORDINATOR',
  'EXIT_SUPPORT',
  'RELATIVES_SUPPORT',
  'OTHER',
] as const;

export const FunctionKindSchema = z.enum(FUNCTION_KINDS);
export type FunctionKind = z.infer<typeof FunctionKindSchema>;

/** The seats every municipality should have filled: the key-function columns of the coverage matrix. */
export const KEY_FUNCTION_KINDS = ['CVE_COORDINATOR', 'SSP_COORDINATOR', 'COMMUNITY_POLICE'] as const satisfies readonly FunctionKind[];

export const FUNCTION_KIND_NAMES: Record<FunctionKind, { sv: string; en: string }> = {
  CVE_COORDINATOR: { sv: 'Samordnare mot våldsbejakande extremism', en: 'Coordinator against violent extremism' },
  SSP_COORDINATOR: { sv: 'SSP/SSPF-samordnare', en: 'SSP/SSPF coordinator' },
  SAFETY_COORDINATOR: { sv: 'Trygghets- och brottsförebyggande samordnare', en: 'Community safety coordinator' },
  SOCIAL_WORKER: { sv: 'Socialsekreterare och fältsekreterare', en: 'Social and field worker' },
  SCHOOL_WELFARE: { sv: 'Rektor, skolkurator och elevhälsa', en: 'Head teacher, school counsellor, pupil health' },
  COMMUNITY_POLICE: { sv: 'Kommunpolis', en: 'Community police officer' },
  REGIONAL_COORDINATOR: { sv: 'Regional samordnare', en: 'Regional coordinator' },
  EXIT_SUPPORT: { sv: 'Avhopparstödjare', en: 'Exit support worker' },
  RELATIVES_SUPPORT: { sv: 'Anhörigstödjare', en: 'Support for relatives' },
  OTHER: { sv: 'Övrig funktion', en: 'Other function' },
};
