import { describe, expect, it } from 'vitest';
import { foldPlaceName, isWithinOneEdit, splitPlaces, withoutPlace } from './place-names';

const VARMLAND = [
  { code: '1784', name: 'Arvika' },
  { code: '1780', name: 'Karlstad' },
  { code: '1761', name: 'Hammarö' },
  { code: '1715', name: 'Kil' },
  { code: '1730', name: 'Eda' },
  { code: '1765', name: 'Årjäng' },
];

describe('isWithinOneEdit', () => {
  it.each([
    ['arvika', 'arvika', true],
    ['arvka', 'arvika', true],
    ['arvikaa', 'arvika', true],
    ['arbika', 'arvika', true],
    ['avrika', 'arvika', true],
    ['arvkia', 'arvika', true],
    ['avika', 'arvika', true],
    ['arka', 'arvika', false],
    ['rvkia', 'arvika', false],
    ['karlsatd', 'karlstad', true],
    ['kralstda', 'karlstad', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
  });
});

describe('splitPlaces', () => {
  it('folds case and accents', () => {
    expect(foldPlaceName('Årjäng')).toBe('arjang');
    expect(splitPlaces(['ARJANG'], VARMLAND)).toEqual({ codes: ['1765'], rest: [] });
    expect(splitPlaces(['hammaro'], VARMLAND)).toEqual({ codes: ['1761'], rest: [] });
  });

  it('finds a municipality despite a one-letter slip and keeps the other terms', () => {
    expect(splitPlaces(['socialtjänst', 'arvka'], VARMLAND)).toEqual({ codes: ['1784'], rest: ['socialtjänst'] });
    expect(splitPlaces(['karlstads'], VARMLAND)).toEqual({ codes: ['1780'], rest: [] });
  });

  it('takes short names only as typed, so ordinary words are not read as places', () => {
    expect(splitPlaces(['kil'], VARMLAND).codes).toEqual(['1715']);
    expect(splitPlaces(['kils'], VARMLAND).codes).toEqual(['1715']);
    expect(splitPlaces(['kul', 'ed', 'edan'], VARMLAND)).toEqual({ codes: [], rest: ['kul', 'ed', 'edan'] });
  });

  it('leaves words that are no place alone', () => {
    expect(splitPlaces(['avhopp', 'samordnare'], VARMLAND)).toEqual({ codes: [], rest: ['avhopp', 'samordnare'] });
  });
});

describe('withoutPlace', () => {
  it('takes out the word that names the place, typo, case, accents and genitive s and all', () => {
    expect(withoutPlace('fältsekreterare arvka', 'Arvika')).toBe('fältsekreterare');
    expect(withoutPlace('ARVIKA avhopparstöd', 'Arvika')).toBe('avhopparstöd');
    expect(withoutPlace('skolkurator hammaro', 'Hammarö')).toBe('skolkurator');
    expect(withoutPlace('Karlstads socialtjänst', 'Karlstad')).toBe('socialtjänst');
  });

  it('leaves other words, and short names matched only exactly', () => {
    expect(withoutPlace('kilen kil', 'Kil')).toBe('kilen');
    expect(withoutPlace('edaa', 'Eda')).toBe('edaa');
    expect(withoutPlace('Sunne', 'Säffle')).toBe('Sunne');
  });

  it('gives undefined when only the place was searched for', () => {
    expect(withoutPlace(' Arvika ', 'Arvika')).toBeUndefined();
  });
});
