import { describe, expect, it } from 'vitest';
import { effectiveSort, isFiltered, readResourceSearch, SEARCH_MAX_LENGTH, sortParam } from './use-resource-search-params';

const read = (search: string) => readResourceSearch(new URLSearchParams(search));

describe('readResourceSearch', () => {
  it('reads an empty URL as the first page of everything, newest first', () => {
    expect(read('')).toEqual({
      q: undefined,
      kind: undefined,
      competence: undefined,
      municipality: undefined,
      sector: undefined,
      language: undefined,
      mine: undefined,
      sort: undefined,
      page: 1,
    });
  });

  it('reads every filter the API knows', () => {
    expect(read('q=+handlingsplan+&kind=ACTION_PLAN&competence=avhopparstod&municipality=1715&sector=SCHOOL&language=en&mine=true&page=3')).toEqual({
      q: 'handlingsplan',
      kind: 'ACTION_PLAN',
      competence: 'avhopparstod',
      municipality: '1715',
      sector: 'SCHOOL',
      language: 'en',
      mine: 'true',
      sort: undefined,
      page: 3,
    });
  });

  it('drops values the API would refuse rather than sending a request that fails', () => {
    const query = read('kind=POSTER&municipality=99&sector=bakery&language=xx&page=-2&mine=yes&sort=oldest');
    expect(query).toEqual(read(''));
  });

  it('cuts search text at the length the API accepts', () => {
    expect(SEARCH_MAX_LENGTH).toBe(200);
    expect(read(`q=${'a'.repeat(250)}`).q).toHaveLength(200);
  });

  it('keeps "newest" only with search text, where relevance would otherwise be the order', () => {
    expect(read('q=plan&sort=newest').sort).toBe('newest');
    expect(read('q=plan&sort=relevance').sort).toBeUndefined();
    expect(read('sort=newest').sort).toBeUndefined();
    expect(read('sort=relevance').sort).toBeUndefined();
  });
});

describe('the order', () => {
  it('is by relevance when searching unless newest is chosen, and newest first without search text', () => {
    expect(effectiveSort(read('q=plan'))).toBe('relevance');
    expect(effectiveSort(read('q=plan&sort=newest'))).toBe('newest');
    expect(effectiveSort(read('sort=relevance'))).toBe('newest');
  });

  it('goes into the URL only when it differs from the default', () => {
    expect(sortParam(read('q=plan'), 'newest')).toBe('newest');
    expect(sortParam(read('q=plan&sort=newest'), 'relevance')).toBeUndefined();
    expect(sortParam(read(''), 'newest')).toBeUndefined();
  });
});

describe('isFiltered', () => {
  it('is false for the whole library, whatever the page', () => {
    expect(isFiltered(read('page=2'))).toBe(false);
  });

  it.each(['q=plan', 'kind=HELPLINE', 'competence=anhorigstod', 'municipality=1780', 'sector=POLICE', 'language=sv', 'mine=true'])('is true with %s', (search) => {
    expect(isFiltered(read(search))).toBe(true);
  });
});
