import { z } from 'zod';

export const MunicipalityCodeSchema = z
  .string()
  .regex(/^\d{4}$/, 'A municipality code is four digits (SCB), e.g. 1780.')
  .describe('SCB municipality code, e.g. "1780" for Karlstad.');

export const MunicipalitySchema = z
  .object({
    code: MunicipalityCodeSchema,
    name: z.string(),
    regionCode: z.string().describe('SCB county code, e.g. "17" for Värmland.'),
    regionName: z.string(),
  });
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const MunicipalityListSchema = z
  .object({ items: z.array(MunicipalitySchema) });
export type MunicipalityList = z.infer<typeof MunicipalityListSchema>;
