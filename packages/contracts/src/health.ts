import { z } from 'zod';

const CheckSchema = z.record(z.string(), z.object({ status: z.string() }).catchall(z.unknown()).optional());

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'error', 'shutting_down']),
    info: CheckSchema.optional(),
    error: CheckSchema.optional(),
    details: CheckSchema,
  });
export type Health = z.infer<typeof HealthSchema>;
