import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

const NBSP = '\u00a0';

describe('formatFileSize', () => {
  it('writes small files in bytes', () => {
    expect(formatFileSize(1)).toBe(`1${NBSP}byte`);
    expect(formatFileSize(512)).toBe(`512${NBSP}byte`);
    expect(formatFileSize(512, 'en')).toBe(`512${NBSP}bytes`);
    expect(formatFileSize(1, 'en')).toBe(`1${NBSP}byte`);
  });

  it('writes one decimal below ten, with a decimal comma in Swedish', () => {
    expect(formatFileSize(1024)).toBe(`1,0${NBSP}kB`);
    expect(formatFileSize(Math.round(1.2 * 1024 * 1024))).toBe(`1,2${NBSP}MB`);
    expect(formatFileSize(Math.round(1.2 * 1024 * 1024), 'en')).toBe(`1.2${NBSP}MB`);
  });

  it('writes whole numbers from ten up', () => {
    expect(formatFileSize(340 * 1024)).toBe(`340${NBSP}kB`);
    expect(formatFileSize(25 * 1024 * 1024)).toBe(`25${NBSP}MB`);
    expect(formatFileSize(Math.round(12.6 * 1024 * 1024))).toBe(`13${NBSP}MB`);
  });

  it('steps up a unit rather than writing 1024 of the smaller one', () => {
    expect(formatFileSize(1024 * 1024 - 1)).toBe(`1,0${NBSP}MB`);
    expect(formatFileSize(1024 * 1024)).toBe(`1,0${NBSP}MB`);
    expect(formatFileSize(3 * 1024 * 1024 * 1024)).toBe(`3,0${NBSP}GB`);
  });
});
