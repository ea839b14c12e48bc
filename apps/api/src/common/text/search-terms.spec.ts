import { searchTerms, toPrefixTsQuery } from './search-terms';

describe('searchTerms', () => {
  it('keeps letters and digits, Swedish ones included, lower-cased', () => {
    expect(searchTerms('Socialtjänsten, ÅRJÄNG 1765')).toEqual(['socialtjänsten', 'årjäng', '1765']);
  });

  it('drops tsquery syntax so user input cannot change the query', () => {
    expect(searchTerms("polis & !(karlstad) | 'x':*")).toEqual(['polis', 'karlstad', 'x']);
  });

  it('returns no terms for empty or punctuation-only text', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('  -- !! ')).toEqual([]);
  });

  it('removes repeats and caps the number of terms', () => {
    expect(searchTerms('a b a c d e f g h i j')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});

describe('toPrefixTsQuery', () => {
  it('requires every term, each as a prefix', () => {
    expect(toPrefixTsQuery(['social', 'arvika'])).toBe('social:* & arvika:*');
  });
});
