import { ResourceSchema } from '@repo/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadWithProgress } from '../../../lib/upload-with-progress';
import { uploadResourceFile } from './upload-file';

vi.mock('../../../lib/upload-with-progress', () => ({ uploadWithProgress: vi.fn(() => Promise.resolve({})) }));

const RESOURCE_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const FILE_ID = '3a2b1c0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const pdf = () => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'plan.pdf', { type: 'application/pdf' });

const sentWith = () => {
  const options = vi.mocked(uploadWithProgress).mock.calls[0]?.[0];
  if (!options) throw new Error('nothing was uploaded');
  return options;
};

afterEach(() => vi.mocked(uploadWithProgress).mockClear());

describe('uploading a file of a resource', () => {
  it('posts the file as multipart "file" after "replaces", answered by a resource, with progress reaching 1 once sent', async () => {
    const progress: number[] = [];
    await uploadResourceFile({ resourceId: RESOURCE_ID, file: pdf(), replaces: FILE_ID }, { onProgress: (sent) => progress.push(sent) });
    const options = sentWith();
    expect(options.path).toBe(`/api/resources/${RESOURCE_ID}/files`);
    expect(options.schema).toBe(ResourceSchema);
    expect([...options.body.keys()]).toEqual(['replaces', 'file']);
    expect(options.body.get('replaces')).toBe(FILE_ID);
    expect((options.body.get('file') as File).name).toBe('plan.pdf');
    options.onProgress?.(0.5);
    options.onSent?.();
    expect(progress).toEqual([0.5, 1]);
  });

  it('sends no "replaces" for a new file', async () => {
    await uploadResourceFile({ resourceId: RESOURCE_ID, file: pdf() }, { onProgress: () => {} });
    expect(sentWith().body.has('replaces')).toBe(false);
  });
});
