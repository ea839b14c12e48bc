import { z } from 'zod';

/** The kinds of agency in the network, in the order the UI lists them. */
export const SECTORS = [
  'SCHOOL',
  'SOCIAL_SERVICES',
  'POLICE',
  'POLITICS',
  'CIVIL_SOCIETY',
  'LEISURE',
  'HEALTH_CARE',
  'COUNTY_ADMINISTRATION',
  'NATIONAL_AGENCY',
  'RESEARCH',
] as const;

export const SectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const SECTOR_NAMES: Record<Sector, { sv: string; en: string }> = {
  SCHOOL: { sv: 'Skola', en: 'School' },
  SOCIAL_SERVICES: { sv: 'Socialtjänst', en: 'Social services' },
  POLICE: { sv: 'Polis', en: 'Police' },
  POLITICS: { sv: 'Politik och kommunledning', en: 'Politics and municipal leadership' },
  CIVIL_SOCIETY: { sv: 'Civilsamhälle', en: 'Civil society' },
  LEISURE: { sv: 'Fritid', en: 'Leisure and youth work' },
  HEALTH_CARE: { sv: 'Hälso- och sjukvård', en: 'Health care' },
  COUNTY_ADMINISTRATION: { sv: 'Länsstyrelse', en: 'County administrative board' },
  NATIONAL_AGENCY: { sv: 'Statlig myndighet', en: 'National agency' },
  RESEARCH: { sv: 'Forskning', en: 'Research' },
};
