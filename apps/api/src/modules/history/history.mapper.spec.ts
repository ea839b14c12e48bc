import { recordedChanges, toHistoryEntry } from './history.mapper';
import type { HistoryNames } from './history.repository';

const names: HistoryNames = {
  users: new Map([['5d1f6a51-4a6e-4b0e-9f43-1f6f2d1c9a01', 'Cecilia Samordnare']]),
  agencies: new Map([['7c2b3e9a-0d4f-4e1a-8b6c-2a9d5e7f1b02', 'Arvika kommun']]),
  municipalities: new Map([
    ['1784', 'Arvika'],
    ['1765', 'Årjäng'],
    ['1715', 'Kil'],
  ]),
  competences: new Map([['avhopparstod', { sv: 'Avhopparstöd', en: 'Exit support' }]]),
};

describe('recordedChanges', () => {
  it('turns a handover into holder and deputy changes, leaving out what stayed', () => {
    expect(recordedChanges('function.handed_over', { fromHolder: 'Anna', toHolder: 'Jonas', fromDeputy: 'Eva', toDeputy: 'Eva' })).toEqual([
      { field: 'holder', from: 'Anna', to: 'Jonas' },
    ]);
  });

  it('reads { changes } and, from older entries, the bare list of fields', () => {
    expect(recordedChanges('agency.updated', { changes: { phone: { from: '1', to: '2' }, odd: 'not a change' } })).toEqual([{ field: 'phone', from: '1', to: '2' }]);
    expect(recordedChanges('contact.updated', { fields: ['phone', 7] })).toEqual([{ field: 'phone' }]);
    expect(recordedChanges('contact.verified', null)).toEqual([]);
  });
});

describe('toHistoryEntry', () => {
  const row = { id: 'e', at: new Date('2026-11-27T10:00:00Z'), action: 'agency.updated', actorId: '5d1f6a51-4a6e-4b0e-9f43-1f6f2d1c9a01', actorLabel: 'c@x.example', details: {} };

  it('names references, sorts municipalities the Swedish way and lists fields in the page order', () => {
    const entry = toHistoryEntry(
      'agency',
      row,
      [
        { field: 'phone', from: null, to: '2' },
        { field: 'municipalityCodes', from: ['1784'], to: ['1765', '1715', '1784'] },
        { field: 'parentId', from: null, to: '7c2b3e9a-0d4f-4e1a-8b6c-2a9d5e7f1b02' },
        { field: 'zeta', from: { nested: true }, to: 1 },
      ],
      names,
    );
    expect(entry).toEqual({
      id: 'e',
      at: '2026-11-27T10:00:00.000Z',
      action: 'agency.updated',
      actor: { name: 'Cecilia Samordnare', email: 'c@x.example' },
      changes: [
        { field: 'parentId', from: null, to: 'Arvika kommun' },
        { field: 'municipalityCodes', from: ['Arvika'], to: ['Arvika', 'Kil', 'Årjäng'] },
        { field: 'phone', from: null, to: '2' },
        { field: 'zeta', from: '{"nested":true}', to: 1 },
      ],
    });
  });

  it('keeps an unknown reference as it was recorded, and competences in both languages', () => {
    const entry = toHistoryEntry('contact', { ...row, action: 'contact.updated', actorId: null, actorLabel: 'gone@x.example' }, [
      { field: 'competenceSlugs', from: [], to: ['avhopparstod', 'borttagen'] },
    ], names);
    expect(entry.actor).toEqual({ name: null, email: 'gone@x.example' });
    expect(entry.changes).toEqual([{ field: 'competenceSlugs', from: [], to: [{ sv: 'Avhopparstöd', en: 'Exit support' }, 'borttagen'] }]);
  });
});
