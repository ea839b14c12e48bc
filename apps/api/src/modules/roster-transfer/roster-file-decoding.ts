export type RosterFileEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: RosterFileEncoding;
  hasByteOrderMark: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (€ – — ‘ ’ “ ” …, which Excel writes often);
 * every other byte is the Unicode code point of the same number. Node 20's
 * TextDecoder('windows-1252') decodes as ISO-8859-1 and gets exactly these wrong.
 */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * The text of an uploaded file as Excel in Sweden saves it: UTF-8 with a byte-order mark ("CSV
 * UTF-8"), UTF-8 without one (other tools), or Windows-1252 (plain "CSV"). A BOM settles it; else
 * bytes that are valid UTF-8 are read as UTF-8 (Windows-1252 text with å, ä or ö practically never
 * is); else Windows-1252, in which every byte is some character.
 */
export function decodeRosterFile(bytes: Uint8Array): DecodedText {
  const hasByteOrderMark = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  if (hasByteOrderMark) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)), encoding: 'utf-8', hasByteOrderMark };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hasByteOrderMark };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hasByteOrderMark };
  }
}
