import { describe, expect, it } from 'vitest';
import { ContactFormSchema, type ContactFormValues, toUpdateInput } from './contact-form-values';

const loaded: ContactFormValues = {
  name: 'Sara Lindberg',
  title: 'Fältsekreterare',
  email: 'sara@arvika.example',
  phone: '',
  askMeAbout: '',
  competenceSlugs: ['anhorigstod', 'avhopparstod'],
  languages: ['sv'],
  municipalityCodes: ['1784'],
  awayUntil: null,
};

describe('the contact form schema', () => {
  it('sends an emptied field as null and keeps what is filled in', () => {
    const values = ContactFormSchema.parse({ ...loaded, title: '  ', email: '', phone: '070-174 06 10' });
    expect(toUpdateInput(values, 3)).toEqual({ ...loaded, version: 3, title: null, email: null, phone: '070-174 06 10', askMeAbout: null });
  });

  it('refuses what the API would: no name, or an email that is not one', () => {
    const result = ContactFormSchema.safeParse({ ...loaded, name: ' ', email: 'sara på arvika' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['email', 'name']);
  });
});
