import { eventFileSlug } from './event-file-slug';

describe('eventFileSlug', () => {
  it('folds å, ä and ö and joins words with hyphens', () => {
    expect(eventFileSlug('Nätverksträff: SSPF i Årjäng & Säffle!')).toBe('natverkstraff-sspf-i-arjang-saffle');
  });

  it('keeps file names short, with no hyphen at either end, and never empty', () => {
    expect(eventFileSlug('a'.repeat(100))).toHaveLength(60);
    expect(eventFileSlug(`– ${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
    expect(eventFileSlug('a'.repeat(300), 80)).toBe('a'.repeat(80));
    expect(eventFileSlug('– ! –')).toBe('evenemang');
  });
});
