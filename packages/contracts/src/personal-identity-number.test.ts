import { describe, expect, it } from 'vitest';
import { containsPersonalIdentityNumber } from './personal-identity-number';

describe('containsPersonalIdentityNumber', () => {
  // 811218-9876 and 19811218-9876 are Skatteverket's documented test-style example (valid Luhn).
  it.each([
    ['Eleven 811218-9876 har berättat', 'YYMMDD-NNNN'],
    ['pnr 198112189876.', 'YYYYMMDDNNNN'],
    ['19811218-9876', 'YYYYMMDD-NNNN'],
    ['8112189876', 'ten digits'],
    ['född 811218+9876', 'over a hundred years old'],
    ['samordningsnummer 811278-9873', 'co-ordination number, day + 60'],
  ])('finds %s (%s)', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['811218-9875', 'wrong check digit'],
    ['Ring 054-540 10 00 eller 070-123 45 67', 'phone numbers'],
    ['Mötet är 2026-12-03 kl. 09.00–12.00', 'a date and times'],
    ['Diarienummer KS 2026/1234', 'a case number'],
    ['811318-9876', 'no thirteenth month'],
    ['Postgiro 12345678901234', 'a longer number'],
  ])('leaves %s alone (%s)', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});
