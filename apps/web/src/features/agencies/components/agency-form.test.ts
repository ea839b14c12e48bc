import type { Agency } from '@repo/contracts';
import { describe, expect, it } from 'vitest';
import { agencyFormSchema, agencyFormValues, changedAgencyFields, toCreateAgencyInput } from './agency-form';

const agency: Agency = {
  id: '0b8f1c9e-2f51-4f1e-9a43-1c2d3e4f5a60',
  name: 'Socialtjänsten, Arvika kommun',
  sector: 'SOCIAL_SERVICES',
  municipalities: [{ code: '1784', name: 'Arvika' }],
  streetAddress: 'Storgatan 1',
  postalCode: null,
  city: 'Arvika',
  phone: '0570-818 00',
  email: null,
  website: null,
  description: null,
  parent: { id: '5e4d3c2b-1a09-4876-9543-210fedcba987', name: 'Arvika kommun' },
  children: [],
  archivedAt: null,
  version: 3,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
};

const parse = (overrides: Partial<ReturnType<typeof agencyFormValues>> = {}) => agencyFormSchema.parse({ ...agencyFormValues(agency), ...overrides });

describe('the agency form', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedAgencyFields(agency, parse(), true)).toEqual({});
  });

  it('sends only the changed fields, an emptied one as null, and coverage compared as a set', () => {
    const values = parse({ phone: '', city: 'Arvika ', description: 'Ny text', municipalityCodes: ['1784'] });
    expect(changedAgencyFields(agency, values, true)).toEqual({ phone: null, description: 'Ny text' });
    expect(changedAgencyFields(agency, parse({ municipalityCodes: ['1715', '1784'], parentId: '' }), true)).toEqual({
      municipalityCodes: ['1715', '1784'],
      parentId: null,
    });
  });

  it('leaves sector, coverage and parent out for someone who may not change them', () => {
    expect(changedAgencyFields(agency, parse({ sector: 'POLICE', municipalityCodes: ['1715'], phone: '1' }), false)).toEqual({ phone: '1' });
  });

  it("validates with the contracts' rules: an https address, at least one municipality", () => {
    expect(agencyFormSchema.safeParse({ ...agencyFormValues(agency), website: 'http://arvika.example' }).success).toBe(false);
    expect(agencyFormSchema.safeParse({ ...agencyFormValues(agency), municipalityCodes: [] }).success).toBe(false);
    expect(agencyFormSchema.safeParse({ ...agencyFormValues(agency), email: '' }).success).toBe(true);
  });

  it('turns empty fields into null for a new agency', () => {
    expect(toCreateAgencyInput(parse({ parentId: '', email: '', streetAddress: '' }))).toEqual({
      name: 'Socialtjänsten, Arvika kommun',
      sector: 'SOCIAL_SERVICES',
      municipalityCodes: ['1784'],
      parentId: null,
      streetAddress: null,
      postalCode: null,
      city: 'Arvika',
      phone: '0570-818 00',
      email: null,
      website: null,
      description: null,
    });
  });
});
