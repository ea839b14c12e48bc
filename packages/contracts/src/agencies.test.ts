import { describe, expect, it } from 'vitest';
import { AgencyListQuerySchema, CreateAgencyInputSchema, UpdateAgencyInputSchema } from './agencies';

describe('AgencyListQuerySchema', () => {
  it('coerces query-string numbers and fills in the paging defaults', () => {
    expect(AgencyListQuerySchema.parse({ page: '3' })).toEqual({ page: 3, pageSize: 20 });
  });

  it('trims the search text', () => {
    expect(AgencyListQuerySchema.parse({ q: '  socialtjanst  ' }).q).toBe('socialtjanst');
  });

  it('refuses unknown keys, so a mistyped filter is not silently ignored', () => {
    const result = AgencyListQuerySchema.safeParse({ sektor: 'POLICE' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('accepts only four-digit SCB municipality codes and known sectors', () => {
    expect(AgencyListQuerySchema.safeParse({ municipality: '1780', sector: 'POLICE' }).success).toBe(true);
    expect(AgencyListQuerySchema.safeParse({ municipality: '178' }).success).toBe(false);
    expect(AgencyListQuerySchema.safeParse({ sector: 'police' }).success).toBe(false);
  });

  it('caps the page size', () => {
    expect(AgencyListQuerySchema.safeParse({ pageSize: '100' }).success).toBe(true);
    expect(AgencyListQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
  });
});

describe('CreateAgencyInputSchema and UpdateAgencyInputSchema', () => {
  const valid = { name: 'Fältgruppen, Arvika kommun', sector: 'LEISURE', municipalityCodes: ['1784'] };

  it('needs a sector and at least one municipality', () => {
    expect(CreateAgencyInputSchema.safeParse(valid).success).toBe(true);
    expect(CreateAgencyInputSchema.safeParse({ ...valid, municipalityCodes: [] }).error?.issues[0]).toMatchObject({
      path: ['municipalityCodes'],
      code: 'too_small',
    });
    expect(CreateAgencyInputSchema.safeParse({ ...valid, sector: undefined }).error?.issues[0]?.path).toEqual(['sector']);
  });

  it('takes a parent by id, or none', () => {
    expect(CreateAgencyInputSchema.safeParse({ ...valid, parentId: null }).success).toBe(true);
    expect(CreateAgencyInputSchema.safeParse({ ...valid, parentId: 'Arvika kommun' }).error?.issues[0]?.path).toEqual(['parentId']);
    expect(UpdateAgencyInputSchema.safeParse({ version: 2, parentId: null }).success).toBe(true);
  });

  it('refuses what is not edited through it (archiving has its own route)', () => {
    expect(UpdateAgencyInputSchema.safeParse({ version: 2, archivedAt: null }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
