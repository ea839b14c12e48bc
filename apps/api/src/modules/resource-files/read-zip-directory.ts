import { inflateRawSync } from 'node:zlib';

export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_LENGTH = 22;
const CENTRAL_LENGTH = 46;
const LOCAL_LENGTH = 30;
const UTF8_NAMES = 1 << 11;

interface Directory {
  offset: number;
  end: number;
  count: number;
}

function uint64(bytes: Buffer, at: number): number | null {
  const value = bytes.readBigUInt64LE(at);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

/**
 * Where the central directory is. The archive must start at byte 0 and its directory must run up to
 * the end record, with nothing after the record's comment: anything else (a program with an archive
 * appended, a truncated download) is not read as an archive at all.
 */
function findDirectory(bytes: Buffer): Directory | null {
  const lowest = Math.max(0, bytes.length - END_LENGTH - 0xffff);
  for (let at = bytes.length - END_LENGTH; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) !== END_OF_DIRECTORY || at + END_LENGTH + bytes.readUInt16LE(at + 20) !== bytes.length) continue;
    if (bytes.readUInt16LE(at + 4) !== 0 || bytes.readUInt16LE(at + 6) !== 0) return null;
    const count = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 12);
    const offset = bytes.readUInt32LE(at + 16);
    if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) {
      return offset + size === at && bytes.readUInt16LE(at + 8) === count ? { offset, end: at, count } : null;
    }
    return findZip64Directory(bytes, at);
  }
  return null;
}

function findZip64Directory(bytes: Buffer, endRecord: number): Directory | null {
  const locator = endRecord - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
  const record = uint64(bytes, locator + 8);
  if (record === null || record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) return null;
  const count = uint64(bytes, record + 32);
  const size = uint64(bytes, record + 40);
  const offset = uint64(bytes, record + 48);
  if (count === null || size === null || offset === null || offset + size !== record) return null;
  return { offset, end: record, count };
}

/** The sizes and offset a ZIP64 entry keeps in its extra field in place of 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipDirectoryEntry, extra: Buffer): ZipDirectoryEntry | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const end = at + 4 + length;
    if (end > extra.length) return null;
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > end) return null;
        const value = uint64(extra, field);
        field += 8;
        return value;
      };
      const size = entry.size === 0xffffffff ? next() : entry.size;
      const compressedSize = entry.compressedSize === 0xffffffff ? next() : entry.compressedSize;
      const localHeaderOffset = entry.localHeaderOffset === 0xffffffff ? next() : entry.localHeaderOffset;
      if (size === null || compressedSize === null || localHeaderOffset === null) return null;
      return { ...entry, size, compressedSize, localHeaderOffset };
    }
    at = end;
  }
  return null;
}

/**
 * The entries of a ZIP archive, from its central directory, or null when the bytes are not one
 * well-formed archive. Reads only the directory and the local headers; inflates nothing.
 */
export function readZipDirectory(bytes: Buffer): ZipDirectoryEntry[] | null {
  if (bytes.length < LOCAL_LENGTH + END_LENGTH || bytes.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const directory = findDirectory(bytes);
  if (!directory || directory.count === 0 || directory.count > (directory.end - directory.offset) / CENTRAL_LENGTH) return null;

  const entries: ZipDirectoryEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index += 1) {
    if (at + CENTRAL_LENGTH > directory.end || bytes.readUInt32LE(at) !== CENTRAL_HEADER) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameStart = at + CENTRAL_LENGTH;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > directory.end) return null;

    let entry: ZipDirectoryEntry | null = {
      name: bytes.toString(bytes.readUInt16LE(at + 8) & UTF8_NAMES ? 'utf8' : 'latin1', nameStart, nameStart + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    if ([entry.size, entry.compressedSize, entry.localHeaderOffset].includes(0xffffffff)) {
      entry = applyZip64Extra(entry, bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength));
    }
    if (!entry || entry.localHeaderOffset + LOCAL_LENGTH > directory.offset || bytes.readUInt32LE(entry.localHeaderOffset) !== LOCAL_HEADER) {
      return null;
    }
    entries.push(entry);
    at = next;
  }
  return at === directory.end ? entries : null;
}

/** The entry's bytes as they are in the archive (compressed or not), or null when out of bounds. */
function rawEntryData(bytes: Buffer, entry: ZipDirectoryEntry): Buffer | null {
  const header = entry.localHeaderOffset;
  const start = header + LOCAL_LENGTH + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

/** The stored (uncompressed) bytes of an entry, or null when it is compressed or out of bounds. */
export function storedEntryData(bytes: Buffer, entry: ZipDirectoryEntry): Buffer | null {
  if (entry.method !== 0 || entry.compressedSize !== entry.size) return null;
  return rawEntryData(bytes, entry);
}

/**
 * The bytes of a stored or deflated entry, or null when it is compressed another way, damaged, out
 * of bounds or larger than maxBytes. Inflating stops at maxBytes, so a few bytes that unpack into
 * gigabytes cost no more than maxBytes of memory.
 */
export function entryData(bytes: Buffer, entry: ZipDirectoryEntry, maxBytes: number): Buffer | null {
  if (entry.size > maxBytes) return null;
  if (entry.method === 0) return storedEntryData(bytes, entry);
  const raw = entry.method === 8 ? rawEntryData(bytes, entry) : null;
  if (!raw) return null;
  try {
    const data = inflateRawSync(raw, { maxOutputLength: maxBytes });
    return data.length === entry.size ? data : null;
  } catch {
    return null;
  }
}
