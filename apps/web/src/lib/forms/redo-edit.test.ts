import { describe, expect, it } from 'vitest';
import { editedFields, rebase } from './redo-edit';

const FIELDS = ['title', 'phone', 'tags', 'until'] as const;
type Values = { title: string; phone: string; tags: string[]; until: string | null };
const loaded: Values = { title: 'Fältsekreterare', phone: '', tags: ['a', 'b'], until: null };
const saved: Values = { title: 'Socialsekreterare', phone: '070-174 06 10', tags: ['b', 'a'], until: null };

describe('redoing an edit on a newer version', () => {
  it('lists the fields the user edited that differ from what is saved, whatever the order of a list or space around text', () => {
    const mine: Values = { ...loaded, title: 'Samordnare', phone: '070-174 06 10', tags: ['b', 'a'], until: '2027-01-31' };
    // phone: they saved the same; tags: not edited (only reordered); until: edited, not saved by anyone.
    expect(editedFields(FIELDS, loaded, mine, saved)).toEqual(['title', 'until']);
    expect(editedFields(FIELDS, loaded, { ...loaded, title: ' Fältsekreterare ' }, saved)).toEqual([]);
  });

  it('compares a yes/no field by its value', () => {
    const fields = ['allDay'] as const;
    expect(editedFields(fields, { allDay: false }, { allDay: true }, { allDay: false })).toEqual(['allDay']);
    expect(editedFields(fields, { allDay: false }, { allDay: false }, { allDay: true })).toEqual([]);
    expect(rebase(fields, { allDay: false }, { allDay: false }, { allDay: true })).toEqual({ allDay: true });
  });

  it("keeps the user's own changes and takes everyone else's", () => {
    const mine: Values = { ...loaded, title: 'Samordnare', until: '2027-01-31' };
    expect(rebase(FIELDS, loaded, mine, saved)).toEqual({ ...saved, title: 'Samordnare', until: '2027-01-31' });
  });
});
