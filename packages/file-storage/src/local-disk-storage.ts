import { randomUUID } from 'node:crypto';
import { type Dirent } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { type FileStorage, StoredFileMissingError } from './file-storage';
import { assertValidStorageKey, assertValidStoragePrefix, isValidStorageKey } from './storage-keys';

// Not `instanceof Error`: Node's own errors come from another realm under Jest's sandbox.
function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && codes.includes(String(error.code));
}

/**
 * Files in a folder on this machine, one file per key (resources/<id>/<uuid> →
 * <root>/resources/<id>/<uuid>). Only one API process, or several sharing the folder, can use it.
 */
export class LocalDiskStorage implements FileStorage {
  readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = path.resolve(rootDir);
  }

  async put(key: string, body: Buffer, _mediaType: string): Promise<void> {
    const target = this.pathOf(key);
    // Written beside the target and renamed over it, so a reader or a crash never sees half a file
    // under the key. The temporary name has a dot, which no key has, so list() never reports it.
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
    try {
      await this.writeDurably(temporary, body);
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      // Opened before returning, so a missing file fails here rather than inside the stream.
      const handle = await fs.open(this.pathOf(key), 'r');
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw new StoredFileMissingError(key);
      }
      return handle.createReadStream();
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const target = this.pathOf(key);
    try {
      await fs.unlink(target);
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR')) return;
      throw error;
    }
    await this.removeEmptyFolders(path.dirname(target));
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR')) return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<string[]> {
    assertValidStoragePrefix(prefix);
    // Only the folder the prefix names fully needs walking: "resources/ab" → resources/.
    const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    const keys: string[] = [];
    await this.collectKeys(folder, keys);
    return keys.filter((key) => key.startsWith(prefix)).sort();
  }

  private pathOf(key: string): string {
    assertValidStorageKey(key);
    return path.join(this.rootDir, ...key.split('/'));
  }

  private async writeDurably(file: string, body: Buffer): Promise<void> {
    // A concurrent delete may remove the (then empty) folder between mkdir and open: try again.
    for (let attempt = 1; ; attempt += 1) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      let handle: FileHandle;
      try {
        handle = await fs.open(file, 'wx');
      } catch (error) {
        if (attempt < 3 && hasCode(error, 'ENOENT')) continue;
        throw error;
      }
      try {
        await handle.writeFile(body);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return;
    }
  }

  private async removeEmptyFolders(folder: string): Promise<void> {
    for (let current = folder; current !== this.rootDir && current.startsWith(this.rootDir + path.sep); current = path.dirname(current)) {
      try {
        await fs.rmdir(current);
      } catch (error) {
        // Not empty (or already gone, or a file was just written into it): the folders above stay.
        if (hasCode(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT')) return;
        throw error;
      }
    }
  }

  private async collectKeys(folder: string, keys: string[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder ? path.join(this.rootDir, ...folder.split('/')) : this.rootDir, { withFileTypes: true });
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR')) return;
      throw error;
    }
    for (const entry of entries) {
      const key = folder ? `${folder}/${entry.name}` : entry.name;
      if (!isValidStorageKey(key)) continue;
      if (entry.isDirectory()) await this.collectKeys(key, keys);
      else if (entry.isFile()) keys.push(key);
    }
  }
}
