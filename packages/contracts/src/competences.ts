import { z } from 'zod';

export const CompetenceSchema = z.object({
  id: z.uuid(),
  slug: z.string().describe('Stable key, e.g. "avhopparstod"; used in filters and imports.'),
  nameSv: z.string(),
  nameEn: z.string(),
});
export type Competence = z.infer<typeof CompetenceSchema>;

export const CompetenceListSchema = z.object({ items: z.array(CompetenceSchema) });
export type CompetenceList = z.infer<typeof CompetenceListSchema>;
