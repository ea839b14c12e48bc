import type { ResourceFileType } from '@repo/contracts';

const MAX_NAME_LENGTH = 200;
const FALLBACK_STEM = 'fil';

/** The extension a download of each type gets; the first is used when the name has none of them. */
const EXTENSIONS: Record<ResourceFileType, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  txt: ['txt'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
};

/**
 * Control and format characters that could break a header or disguise a name: C0/C1 controls,
 * lone surrogates, bidirectional overrides ("rapport‮fdp.exe") and zero-width characters (ZWJ is
 * kept, emoji sequences need it).
 */
const INVISIBLE = /[\p{Cc}\p{Cs}\u061c\u200b-\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const RESERVED = /[<>:"/\\|?*]/g;
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** An extension is letters and digits with at least one letter: "Protokoll 2024.03.12" has none. */
const EXTENSION = /\.((?=[a-z0-9]*[a-z])[a-z0-9]{1,10})$/i;

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, '');
}

/**
 * The name a stored file is downloaded under: the uploaded name without folders, control or
 * reserved characters, at most 200 characters, and with the extension of the type its content
 * was detected as ("rapport.exe" that is a PDF becomes "rapport.pdf").
 */
export function sanitiseFileName(original: string, type: ResourceFileType): string {
  const base = original.slice(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
  const cleaned = base
    .normalize('NFC')
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '')
    .replace(/\s+/g, ' ');

  // Leading dots stay until the extension is split off, so that ".pdf" is an extension, not a name.
  const name = cleaned.replace(/^\s+|[.\s]+$/g, '');
  const match = EXTENSION.exec(name);
  const allowed = EXTENSIONS[type];
  const current = match?.[1];
  // Another type's extension is dropped ("rapport.exe" → "rapport.pdf"); a suffix that is no
  // extension stays ("Protokoll 2024.03.12" → "Protokoll 2024.03.12.pdf").
  const extension = current !== undefined && allowed.includes(current.toLowerCase()) ? current : allowed[0]!;
  let stem = trimDotsAndSpaces(match ? name.slice(0, -match[0].length) : name);
  if (WINDOWS_DEVICE_NAMES.test(stem)) stem = `${stem}_`;

  const room = MAX_NAME_LENGTH - extension.length - 1;
  const characters = Array.from(stem);
  if (characters.length > room) stem = trimDotsAndSpaces(characters.slice(0, room).join(''));
  return `${stem || FALLBACK_STEM}.${extension}`;
}

/** Letters ASCII has no decomposition for, spelt the way they usually are in plain ASCII. */
const ASCII_SPELLINGS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th',
};

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, (char) => ASCII_SPELLINGS[char] ?? '_')
    .replace(/["\\]/g, '');
}

/** RFC 5987's attr-char: encodeURIComponent leaves ' ( ) * unencoded, which it does not allow. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header that makes the browser save the file under its name: a plain ASCII
 * `filename` for old clients and the exact name as UTF-8 in `filename*` (RFC 6266, RFC 5987).
 */
export function contentDisposition(name: string): string {
  const safe = name.replace(INVISIBLE, '');
  return `attachment; filename="${asciiFallback(safe)}"; filename*=UTF-8''${rfc5987(safe)}`;
}
