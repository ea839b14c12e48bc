import { assertStrongPassword } from './password-policy';

describe('password policy', () => {
  it.each(['password1234', 'qwertyuiop123', '123456789012', 'Samverkan2026'])('refuses the guessable "%s"', (password) => {
    expect(() => assertStrongPassword(password, 'password')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [expect.objectContaining({ path: ['password'], code: 'weak_password' })] } }),
    );
  });

  it('refuses a password made of the user’s own name and address', () => {
    expect(() => assertStrongPassword('LindqvistArvika', 'newPassword', ['kerstin.lindqvist@arvika.example', 'Kerstin Lindqvist'])).toThrow(
      expect.objectContaining({ details: { issues: [expect.objectContaining({ path: ['newPassword'] })] } }),
    );
  });

  it.each(['Demo-Samverkan-2026', 'fjällräv bakom kvarnen', 'tre gröna äpplen i Kil'])('accepts "%s", with no composition rules', (password) => {
    expect(() => assertStrongPassword(password, 'password')).not.toThrow();
  });
});
