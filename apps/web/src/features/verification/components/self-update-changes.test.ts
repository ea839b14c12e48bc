import { describe, expect, it } from 'vitest';
import { changedFields } from './self-update-changes';

const loaded = {
  title: 'Kurator',
  phone: '',
  askMeAbout: 'Samtal med unga',
  languages: ['sv', 'en'],
  competenceSlugs: ['samtalsstod'],
  awayUntil: null,
};

describe('changedFields', () => {
  it('sends nothing when nothing was changed, whatever the order of the lists', () => {
    expect(changedFields({ ...loaded, languages: ['en', 'sv'] }, loaded)).toEqual({});
  });

  it('sends only what was changed, an emptied text as null', () => {
    expect(
      changedFields({ ...loaded, title: 'Skolkurator', askMeAbout: '', competenceSlugs: ['samtalsstod', 'anhorigstod'], awayUntil: '2027-03-01' }, loaded),
    ).toEqual({ title: 'Skolkurator', askMeAbout: null, competenceSlugs: ['samtalsstod', 'anhorigstod'], awayUntil: '2027-03-01' });
  });

  it('treats an empty text and a missing one alike, and a cleared day as a change', () => {
    expect(changedFields({ ...loaded, phone: undefined }, loaded)).toEqual({});
    expect(changedFields({ ...loaded, awayUntil: null }, { ...loaded, awayUntil: '2027-01-31' })).toEqual({ awayUntil: null });
  });
});
