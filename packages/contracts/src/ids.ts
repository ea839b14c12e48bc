import { z } from 'zod';

export const IdParamSchema = z.strictObject({ id: z.uuid('must be a UUID') });
export type IdParam = z.infer<typeof IdParamSchema>;
