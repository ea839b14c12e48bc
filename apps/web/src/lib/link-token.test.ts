import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './link-token';

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abcdefghij0123456789_-XY')).toBe('abcdefghij0123456789_-XY');
    expect(tokenFromHash('token=abcdefghij0123456789')).toBe('abcdefghij0123456789');
  });

  it('gives null for a missing, short or malformed token', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('#token=abcdefghij0123456789<script>')).toBeNull();
  });
});
