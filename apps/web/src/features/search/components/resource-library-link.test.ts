import { describe, expect, it } from 'vitest';
import { resourceLibraryPath } from './resource-library-link';

describe('resourceLibraryPath', () => {
  it('carries the search text', () => {
    expect(resourceLibraryPath({ q: 'handlingsplan Kil' })).toBe('/resources?q=handlingsplan+Kil');
  });

  it('carries the filters the resource group honours, and nothing the library does not know', () => {
    expect(
      resourceLibraryPath({ q: 'plan', municipality: '1715', sector: 'SCHOOL', competence: 'avhopparstod', language: 'sv', function: 'SSP_COORDINATOR', type: 'contact', page: 3 }),
    ).toBe('/resources?q=plan&municipality=1715&sector=SCHOOL&competence=avhopparstod&language=sv');
  });

  it('leads to the whole library without a search', () => {
    expect(resourceLibraryPath({})).toBe('/resources');
  });
});
