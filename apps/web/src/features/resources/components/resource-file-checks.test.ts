import { RESOURCE_FILE_MAX_BYTES_DEFAULT } from '@repo/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { checkBeforeUpload, megabytesOf, refusalOf } from './resource-file-checks';

const refused = (status: number, code: 'VALIDATION_FAILED' | 'PAYLOAD_TOO_LARGE', issueCode: string, path: string[] = ['file']) =>
  new ApiError(status, code, 'Refused', 'r1', { issues: [{ path, code: issueCode, message: 'Refused' }] });

describe('checking a file before it is sent', () => {
  it('stops an empty file and one over the limit, and lets the rest through to the server', () => {
    expect(checkBeforeUpload({ size: 0 }, RESOURCE_FILE_MAX_BYTES_DEFAULT)).toBe('empty');
    expect(checkBeforeUpload({ size: RESOURCE_FILE_MAX_BYTES_DEFAULT }, RESOURCE_FILE_MAX_BYTES_DEFAULT)).toBeNull();
    expect(checkBeforeUpload({ size: RESOURCE_FILE_MAX_BYTES_DEFAULT + 1 }, RESOURCE_FILE_MAX_BYTES_DEFAULT)).toBe('too_large');
    expect(checkBeforeUpload({ size: 2048 }, 1024)).toBe('too_large');
    expect(megabytesOf(RESOURCE_FILE_MAX_BYTES_DEFAULT)).toBe(25);
  });
});

describe('why the server refused a file', () => {
  it('reads the issue at "file" of a 400 and any 413', () => {
    expect(refusalOf(refused(400, 'VALIDATION_FAILED', 'type_not_allowed'))).toBe('type_not_allowed');
    expect(refusalOf(refused(400, 'VALIDATION_FAILED', 'empty'))).toBe('empty');
    expect(refusalOf(refused(400, 'VALIDATION_FAILED', 'missing'))).toBe('missing');
    expect(refusalOf(refused(400, 'VALIDATION_FAILED', 'too_many_files'))).toBe('too_many_files');
    expect(refusalOf(refused(413, 'PAYLOAD_TOO_LARGE', 'too_large'))).toBe('too_large');
    expect(refusalOf(new ApiError(413, 'PAYLOAD_TOO_LARGE', 'Too large'))).toBe('too_large');
  });

  it('leaves other failures (another field, the network, a server error) to the general message', () => {
    expect(refusalOf(refused(400, 'VALIDATION_FAILED', 'invalid_format', ['replaces']))).toBeNull();
    expect(refusalOf(new ApiError(0, 'SERVICE_UNAVAILABLE', 'Unreachable'))).toBeNull();
    expect(refusalOf(new Error('boom'))).toBeNull();
  });
});
