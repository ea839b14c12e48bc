import type { ResourceFileType } from '@repo/contracts';
import { entryData, readZipDirectory, storedEntryData, type ZipDirectoryEntry } from './read-zip-directory';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The part each OOXML type cannot be without (Office always writes it under this name). */
const OOXML_MAIN_PARTS: readonly (readonly [string, ResourceFileType])[] = [
  ['word/document.xml', 'docx'],
  ['xl/workbook.xml', 'xlsx'],
  ['ppt/presentation.xml', 'pptx'],
];

/** Far more than the content types part of any real document needs, however many parts it has. */
const MAX_CONTENT_TYPES_BYTES = 2 * 1024 * 1024;

const ODF_MEDIA_TYPES: Readonly<Record<string, ResourceFileType>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

function startsWith(bytes: Buffer, prefix: Buffer | string): boolean {
  const head = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return bytes.length >= head.length && bytes.subarray(0, head.length).equals(head);
}

/** XML text in the encodings a parser takes (UTF-8, or UTF-16 with its byte-order mark), with character references resolved. */
function xmlText(data: Buffer): string {
  let text: string;
  if (data[0] === 0xff && data[1] === 0xfe) text = data.toString('utf16le');
  else if (data[0] === 0xfe && data[1] === 0xff) text = Buffer.from(data).swap16().toString('utf16le');
  else text = data.toString('utf8');
  return text.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (reference, code: string) => {
    const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : reference;
  });
}

/**
 * Whether the package declares macros: a macro-enabled main part or a VBA project. Office runs a
 * macro project only when its content type is declared, so this finds it under any part name.
 */
function declaresMacros(bytes: Buffer, contentTypes: ZipDirectoryEntry): boolean {
  const data = entryData(bytes, contentTypes, MAX_CONTENT_TYPES_BYTES);
  // Unreadable or oversized counts as declaring them: the file cannot be shown to be free of them.
  return data === null || /macroenabled|vbaproject/i.test(xmlText(data));
}

/** Office Open XML or OpenDocument by the archive's parts; any other archive is no allowed type. */
function detectArchiveType(bytes: Buffer): ResourceFileType | null {
  const entries = readZipDirectory(bytes);
  if (!entries) return null;
  // Part names are case-insensitive in both formats; two parts of one name make the file ambiguous.
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.size !== entries.length) return null;

  const first = entries[0]!;
  if (first.name === 'mimetype') {
    const mediaType = storedEntryData(bytes, first)?.toString('latin1');
    const type = mediaType === undefined ? undefined : ODF_MEDIA_TYPES[mediaType];
    if (!type || !names.has('meta-inf/manifest.xml') || !names.has('content.xml')) return null;
    // Documents with Basic or other scripts, the OpenDocument counterpart of a macro-enabled file.
    return [...names].some((name) => name.startsWith('basic/') || name.startsWith('scripts/')) ? null : type;
  }

  const contentTypes = entries.find((entry) => entry.name.toLowerCase() === '[content_types].xml');
  if (!contentTypes) return null;
  // A macro project makes it a .docm/.xlsm/.pptm, whatever its main part says.
  if ([...names].some((name) => name === 'vbaproject.bin' || name.endsWith('/vbaproject.bin'))) return null;
  if (declaresMacros(bytes, contentTypes)) return null;
  const types = OOXML_MAIN_PARTS.filter(([part]) => names.has(part)).map(([, type]) => type);
  return types.length === 1 ? types[0]! : null;
}

/**
 * UTF-8 text that no browser would take for a page or an image: no control characters beyond
 * tab, line breaks and form feed, and no markup at its start (where browsers sniff for HTML, XML
 * and SVG), so that an HTML file renamed to .txt is refused rather than stored as text.
 */
function isPlainText(bytes: Buffer): boolean {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  if (body.length === 0) return false;
  for (const byte of body) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) return false;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return false;
  }
  if (/[\u0080-\u009f]/.test(text)) return false;
  return !/^[\t\n\f\r \uFEFF]*<[a-z!?/]/i.test(text);
}

/**
 * The allowed type the bytes are, judged by their content alone (never the name or the browser's
 * claim), or null for anything else: programs, web pages, SVG, other images, other archives,
 * macro-enabled documents, damaged or empty files. Never throws.
 */
export function detectFileType(bytes: Buffer): ResourceFileType | null {
  try {
    if (/^%PDF-\d\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return 'pdf';
    if (startsWith(bytes, PNG_SIGNATURE) && bytes.subarray(12, 16).toString('latin1') === 'IHDR') return 'png';
    if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return 'jpeg';
    if (startsWith(bytes, 'PK\x03\x04')) return detectArchiveType(bytes);
    return isPlainText(bytes) ? 'txt' : null;
  } catch {
    // A malformed archive that slips past the bounds checks is still only a refused upload.
    return null;
  }
}
