import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('records only the fields that were sent and differ, with both values', () => {
    expect(fieldChanges({ phone: '0570-100 00', city: 'Arvika', email: null }, { phone: '0570-818 00', city: 'Arvika', email: undefined })).toEqual({
      phone: { from: '0570-100 00', to: '0570-818 00' },
    });
  });

  it('treats a missing value as null, so clearing a field and filling an empty one both show', () => {
    expect(fieldChanges({ description: undefined, website: 'https://a.example' }, { description: 'Ny text', website: null })).toEqual({
      description: { from: null, to: 'Ny text' },
      website: { from: 'https://a.example', to: null },
    });
  });

  it('compares lists as sets and records them sorted without repeats', () => {
    expect(fieldChanges({ municipalityCodes: ['1784', '1715'] }, { municipalityCodes: ['1715', '1784', '1784'] })).toEqual({});
    expect(fieldChanges({ municipalityCodes: ['1784'] }, { municipalityCodes: ['1784', '1715', '1715'] })).toEqual({
      municipalityCodes: { from: ['1784'], to: ['1715', '1784'] },
    });
  });
});
