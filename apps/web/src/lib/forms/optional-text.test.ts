import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blankOr, nullIfBlank } from './optional-text';

const schema = z.object({ email: blankOr(z.email('must be an email address')), title: blankOr(z.string().trim().max(10)) });

describe('optional text fields', () => {
  it('take a blank field, and a filled one as the schema has it', () => {
    expect(schema.parse({ email: '', title: ' Kurator ' })).toEqual({ email: '', title: ' Kurator ' });
    expect([nullIfBlank('  '), nullIfBlank('Kurator')]).toEqual([null, 'Kurator']);
  });

  it("report the field schema's own problem, not a vague one about alternatives", () => {
    const issues = schema.safeParse({ email: 'sara', title: 'Socialsekreterare' }).error?.issues ?? [];
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['email'], code: 'invalid_format' },
      { path: ['title'], code: 'too_big' },
    ]);
  });
});
