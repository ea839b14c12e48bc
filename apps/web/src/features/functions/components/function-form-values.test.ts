import { describe, expect, it } from 'vitest';
import { FunctionFormSchema, toUpdateInput } from './function-form-values';

describe('the function form schema', () => {
  it('sends an emptied mailbox or phone as null', () => {
    const values = FunctionFormSchema.parse({ name: 'SSPF-samordnare, Kil', kind: 'SSP_COORDINATOR', mailbox: ' ', phone: '' });
    expect(toUpdateInput(values, 2)).toEqual({ version: 2, name: 'SSPF-samordnare, Kil', kind: 'SSP_COORDINATOR', mailbox: null, phone: null });
  });

  it('refuses what the API would: a one-letter name, an unknown kind, a mailbox that is no address', () => {
    const result = FunctionFormSchema.safeParse({ name: 'S', kind: 'ASTROLOGER', mailbox: 'ssp på kil', phone: '' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['kind', 'mailbox', 'name']);
  });
});
