import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api-client';
import { applyApiFieldErrors, issueField } from './api-field-errors';

describe('issueField', () => {
  const fields = ['email', 'password', 'coordinatorScope.municipalityCodes'] as const;

  it('finds the field with or without the "body" prefix', () => {
    expect(issueField(['body', 'password'], fields)).toBe('password');
    expect(issueField(['password'], fields)).toBe('password');
  });

  it('puts an issue about a group on the field inside it, and a nested one on its field', () => {
    expect(issueField(['coordinatorScope'], fields)).toBe('coordinatorScope.municipalityCodes');
    expect(issueField(['body', 'coordinatorScope', 'municipalityCodes', 0], fields)).toBe('coordinatorScope.municipalityCodes');
  });

  it('leaves issues of no field (unknown keys, the whole body) to the general message', () => {
    expect(issueField([], fields)).toBeUndefined();
    expect(issueField(['body'], fields)).toBeUndefined();
    expect(issueField(['query', 'page'], fields)).toBeUndefined();
  });
});

describe('applyApiFieldErrors', () => {
  it('sets each issue on its field and focuses the first', () => {
    const setError = vi.fn();
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Invalid', 'r1', {
      issues: [
        { path: ['body', 'password'], code: 'weak_password', message: 'This is a top-10 common password.' },
        { path: ['body', 'email'], code: 'invalid_format', message: 'must be an email address' },
      ],
    });
    expect(applyApiFieldErrors(error, setError, ['email', 'password'])).toBe(true);
    expect(setError).toHaveBeenNthCalledWith(1, 'password', { type: 'weak_password', message: 'This is a top-10 common password.' }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, 'email', { type: 'invalid_format', message: 'must be an email address' }, { shouldFocus: false });
  });

  it('does nothing for other errors', () => {
    const setError = vi.fn();
    expect(applyApiFieldErrors(new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong'), setError, ['email'])).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
