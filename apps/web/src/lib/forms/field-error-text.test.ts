import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import sv from '../i18n/locales/sv';
import { fieldErrorText } from './field-error-text';

const i18n = i18next.createInstance();
void i18n.init({ resources: { sv: { translation: sv } }, lng: 'sv', initAsync: false, interpolation: { escapeValue: false } });
const t = i18n.t;

describe('fieldErrorText', () => {
  it('words the contracts’ messages in Swedish', () => {
    expect(fieldErrorText(t, { type: 'too_small', message: 'is required' })).toBe('Fyll i fältet.');
    expect(fieldErrorText(t, { type: 'too_small', message: 'must be at least 12 characters' }, 'newPassword')).toBe('Skriv minst 12 tecken.');
    expect(fieldErrorText(t, { type: 'invalid_format', message: 'must be an email address' }, 'email')).toBe(
      'Skriv en e-postadress, till exempel namn@kommun.se.',
    );
    expect(fieldErrorText(t, { type: 'invalid_format', message: 'choose an organisation' }, 'choice')).toBe('Välj ett alternativ.');
  });

  it('words the API’s own checks', () => {
    expect(fieldErrorText(t, { type: 'weak_password', message: 'This is a top-10 common password.' }, 'newPassword')).toMatch(/för vanligt/);
    expect(fieldErrorText(t, { type: 'wrong_password', message: 'The password is wrong.' }, 'password')).toBe('Lösenordet stämmer inte.');
  });
});
