import { z } from 'zod';

/**
 * An optional text field as a form holds it: blank, or a value that meets the contract's rule for
 * it (pass the contract's schema without its .nullable().optional()), whose problems are reported
 * as they are. The form's values stay strings; nullIfBlank turns a blank one into the null the
 * API takes ('' is no email address).
 */
export const blankOr = (schema: z.ZodType<unknown, string>) =>
  z.string().superRefine((value, ctx) => {
    if (value.trim() === '') return;
    const result = schema.safeParse(value);
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ ...issue });
  });

export const nullIfBlank = (value: string): string | null => (value.trim() === '' ? null : value);
