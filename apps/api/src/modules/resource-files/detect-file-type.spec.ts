import { RESOURCE_FILE_TYPES } from '@repo/contracts';
import {
  sampleDocm,
  sampleDocx,
  sampleElf,
  sampleFile,
  sampleGif,
  sampleHtml,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePlainZip,
  samplePng,
  samplePptx,
  sampleSvg,
  sampleTxt,
  sampleWindowsExecutable,
  sampleXlsx,
  writeZip,
  type ZipEntry,
} from '@repo/test-factories';
import { detectFileType } from './detect-file-type';
import { readZipDirectory } from './read-zip-directory';

const TEXT = 'Lokal handlingsplan mot våldsbejakande extremism, Kil kommun (exempel)\nÅtgärder och ansvar';
const utf8 = (text: string) => Buffer.from(text, 'utf8');

const CONTENT_TYPES: ZipEntry = { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' };

function odf(mimetype: string, rest: ZipEntry[] = [], mimetypeCompressed = false): Buffer {
  return writeZip([
    { name: 'mimetype', data: mimetype, compress: mimetypeCompressed },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
    { name: 'content.xml', data: '<office:document-content/>' },
    ...rest,
  ]);
}

/** The same archive written the ZIP64 way: sizes and offsets in extra fields, a ZIP64 end record. */
function asZip64(zip: Buffer): Buffer {
  const end = zip.length - 22;
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  const centrals: Buffer[] = [];
  for (let at = directoryOffset, index = 0; index < count; index += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    const header = Buffer.from(zip.subarray(at, at + 46));
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(24)), 4);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(20)), 12);
    extra.writeBigUInt64LE(BigInt(header.readUInt32LE(42)), 20);
    for (const field of [20, 24, 42]) header.writeUInt32LE(0xffffffff, field);
    header.writeUInt16LE(extra.length, 30);
    centrals.push(header, zip.subarray(at + 46, at + 46 + nameLength), extra);
    at += 46 + nameLength;
  }
  const directory = Buffer.concat(centrals);
  const recordOffset = directoryOffset + directory.length;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(recordOffset), 8);
  locator.writeUInt32LE(1, 16);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(0x06054b50, 0);
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, directoryOffset), directory, record, locator, endRecord]);
}

/** Deterministic pseudo-random numbers, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('detectFileType: the allowed types', () => {
  it.each([
    ['pdf', samplePdf(TEXT)],
    ['docx', sampleDocx(TEXT)],
    ['xlsx', sampleXlsx([['Kommun', 'Antal'], ['Kil', 3]])],
    ['pptx', samplePptx(TEXT)],
    ['odt', sampleOdt(TEXT)],
    ['ods', sampleOds([['Kommun', 'Antal'], ['Kil', 3]])],
    ['txt', sampleTxt(TEXT)],
    ['png', samplePng(3, 2)],
    ['jpeg', sampleJpeg()],
  ])('recognises %s by its content', (type, bytes) => {
    expect(detectFileType(bytes)).toBe(type);
  });

  it('recognises the sample of every allowed type', () => {
    expect(RESOURCE_FILE_TYPES.map((type) => detectFileType(sampleFile(type, TEXT)))).toEqual([...RESOURCE_FILE_TYPES]);
  });

  it('reads text with a byte-order mark, tabs, Windows line breaks and form feeds as text', () => {
    expect(detectFileType(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Namn\tKommun\r\nÅsa\tÖrebro\f\r\n')]))).toBe('txt');
  });

  it('takes a "<" that starts no tag as text', () => {
    expect(detectFileType(utf8('<3 tack för i går\n< 5 deltagare'))).toBe('txt');
  });

  it('reads an archive whose directory is written the ZIP64 way', () => {
    expect(detectFileType(asZip64(sampleDocx(TEXT)))).toBe('docx');
    expect(detectFileType(asZip64(sampleOdt(TEXT)))).toBe('odt');
  });
});

describe('detectFileType: refused content', () => {
  it.each([
    ['a Windows program', sampleWindowsExecutable()],
    ['a Linux program', sampleElf()],
    ['an HTML page', sampleHtml()],
    ['an SVG image', sampleSvg()],
    ['a GIF image', sampleGif()],
    ['a ZIP archive of ordinary files', samplePlainZip()],
    ['a Word document with macros', sampleDocm(TEXT)],
    ['nothing at all', Buffer.alloc(0)],
    ['a byte-order mark alone', Buffer.from([0xef, 0xbb, 0xbf])],
  ])('refuses %s', (_what, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it.each([
    ['after spaces and line breaks', ' \r\n\t<!doctype html><p>Hej</p>'],
    ['after a byte-order mark', '\uFEFF<html><body>Hej</body></html>'],
    ['in capitals', '<HTML><BODY>Hej</BODY></HTML>'],
    ['as a script alone', '<script>alert(1)</script>'],
    ['as XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['as an SVG element', '<svg onload="alert(1)"/>'],
    ['as a comment', '<!-- a comment --><p>Hej</p>'],
    ['as any other tag', '<div>Hej</div>'],
    ['as a closing tag', '</p>'],
  ])('refuses markup that a browser would render: %s', (_what, text) => {
    expect(detectFileType(utf8(text))).toBeNull();
  });

  it.each([
    ['a NUL byte', Buffer.concat([utf8('Hej'), Buffer.from([0]), utf8('då')])],
    ['an escape character', utf8('Hej \x1b[31mröd\x1b[0m')],
    ['DEL', utf8('Hej\x7f')],
    ['a C1 control character', utf8('Hej\u0085då')],
    ['bytes that are not UTF-8 (Latin-1 å)', Buffer.from([0x48, 0xe5, 0x6c, 0x6c])],
    ['a UTF-8 sequence cut off', utf8('Hej å').subarray(0, 5)],
    ['UTF-16 text', Buffer.from('\uFEFFHej', 'utf16le')],
  ])('refuses "text" with %s', (_what, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it.each([
    ['Excel', 'xl/workbook.xml', 'xl/vbaProject.bin'],
    ['PowerPoint', 'ppt/presentation.xml', 'ppt/vbaProject.bin'],
    ['Word, in capitals', 'word/document.xml', 'WORD/VBAPROJECT.BIN'],
  ])('refuses an Office document with macros: %s', (_what, mainPart, macros) => {
    const parts: ZipEntry[] = [CONTENT_TYPES, { name: mainPart, data: '<x/>' }];
    expect(detectFileType(writeZip(parts))).not.toBeNull();
    expect(detectFileType(writeZip([...parts, { name: macros, data: 'Attribute VB_Name' }]))).toBeNull();
  });

  it('refuses a Word document with macros whose macro part is renamed', () => {
    expect(detectFileType(sampleDocm(TEXT, { macroPart: 'word/media/bild1.png' }))).toBeNull();
    expect(detectFileType(sampleDocm(TEXT, { macroPart: 'word/bilaga.dat' }))).toBeNull();
  });

  it.each([
    ['a macro-enabled main part', '<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>'],
    ['a VBA project', '<Default Extension="dat" ContentType="application/vnd.ms-office.vbaProject"/>'],
    ['a VBA project in other capitals', '<Default Extension="dat" ContentType="application/VND.MS-OFFICE.VBAPROJECT"/>'],
    ['a VBA project written with character references', '<Default Extension="dat" ContentType="application/vnd.ms-office.&#x76;ba&#80;roject"/>'],
  ])('refuses an Office document whose content types declare %s, stored or deflated', (_what, declaration) => {
    const declaring = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${declaration}</Types>`;
    for (const compress of [true, false]) {
      const parts: ZipEntry[] = [{ name: '[Content_Types].xml', data: declaring, compress }, { name: 'word/document.xml', data: '<w:document/>' }];
      expect(detectFileType(writeZip(parts))).toBeNull();
    }
    const inUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declaring, 'utf16le')]);
    expect(detectFileType(writeZip([{ name: '[Content_Types].xml', data: inUtf16 }, { name: 'word/document.xml', data: '<w:document/>' }]))).toBeNull();
  });

  it('refuses an Office document whose content types part is too large to read or damaged', () => {
    const padded = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${' '.repeat(3 * 1024 * 1024)}</Types>`;
    expect(detectFileType(writeZip([{ name: '[Content_Types].xml', data: padded }, { name: 'word/document.xml', data: '<w:document/>' }]))).toBeNull();
    const damaged = Buffer.from(writeZip([CONTENT_TYPES, { name: 'word/document.xml', data: '<w:document/>' }]));
    // The deflated content types part starts right after its 30-byte local header and its 19-byte name.
    damaged.fill(0xff, 49, 55);
    expect(detectFileType(damaged)).toBeNull();
  });

  it('refuses an Office document without a content types part', () => {
    expect(detectFileType(writeZip([CONTENT_TYPES, { name: 'word/document.xml', data: '<w:document/>' }]))).toBe('docx');
    expect(detectFileType(writeZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toBeNull();
  });

  it('refuses an archive that is both a Word and an Excel document', () => {
    const parts = [CONTENT_TYPES, { name: 'word/document.xml', data: '<w:document/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }];
    expect(detectFileType(writeZip(parts))).toBeNull();
  });

  it('refuses an archive with two parts of one name', () => {
    const parts = [CONTENT_TYPES, { name: 'word/document.xml', data: '<w:document/>' }, { name: 'Word/Document.xml', data: '<html/>' }];
    expect(detectFileType(writeZip(parts))).toBeNull();
  });

  it('tells OpenDocument types by the mimetype entry and refuses other ones', () => {
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text'))).toBe('odt');
    expect(detectFileType(odf('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    expect(detectFileType(odf('application/vnd.oasis.opendocument.presentation'))).toBeNull();
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text-template'))).toBeNull();
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text '))).toBeNull();
  });

  it('refuses an OpenDocument file whose mimetype entry is compressed or not first', () => {
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text', [], true))).toBeNull();
    const reordered = writeZip([
      { name: 'content.xml', data: '<office:document-content/>' },
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', compress: false },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
    ]);
    expect(detectFileType(reordered)).toBeNull();
  });

  it('refuses an OpenDocument file without a manifest or content', () => {
    const withoutContent = writeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', compress: false },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
    ]);
    expect(detectFileType(withoutContent)).toBeNull();
  });

  it('refuses an OpenDocument file with Basic or other scripts', () => {
    expect(detectFileType(odf('application/vnd.oasis.opendocument.text', [{ name: 'Basic/Standard/Module1.xml', data: 'Sub Main' }]))).toBeNull();
    expect(detectFileType(odf('application/vnd.oasis.opendocument.spreadsheet', [{ name: 'Scripts/python/run.py', data: 'import os' }]))).toBeNull();
  });

  it('refuses a program with an Office document appended, and a document with bytes after it', () => {
    expect(detectFileType(Buffer.concat([sampleWindowsExecutable(), sampleDocx(TEXT)]))).toBeNull();
    expect(detectFileType(Buffer.concat([sampleDocx(TEXT), utf8('<script>alert(1)</script>')]))).toBeNull();
  });
});

describe('detectFileType: damaged archives', () => {
  const archives = { docx: sampleDocx(TEXT), xlsx: sampleXlsx(TEXT), pptx: samplePptx(TEXT), odt: sampleOdt(TEXT), ods: sampleOds(TEXT) };

  it.each(Object.entries(archives))('refuses %s cut off at any length, without throwing', (_type, bytes) => {
    const accepted: number[] = [];
    // From 3 bytes on: "P" and "PK" alone are plain text.
    for (let length = 3; length < bytes.length; length += 1) {
      const cut = bytes.subarray(0, length);
      if (readZipDirectory(cut) !== null || detectFileType(cut) !== null) accepted.push(length);
    }
    expect(accepted).toEqual([]);
  });

  it.each(Object.entries(archives))('never throws on %s with random bytes overwritten', (type, bytes) => {
    const next = random(type.length * 7919);
    const results = new Set<string | null>();
    for (let round = 0; round < 1500; round += 1) {
      const damaged = Buffer.from(bytes);
      // Aim most damage at the directory and end record, where the reader follows offsets.
      for (let hits = 1 + Math.floor(next() * 4); hits > 0; hits -= 1) {
        const at = next() < 0.7 ? damaged.length - 1 - Math.floor(next() * Math.min(damaged.length, 400)) : Math.floor(next() * damaged.length);
        damaged[at] = next() < 0.5 ? 0xff : Math.floor(next() * 256);
      }
      expect(() => readZipDirectory(damaged)).not.toThrow();
      results.add(detectFileType(damaged));
    }
    expect([...results].every((result) => result === null || result === type)).toBe(true);
  });

  it('refuses random bytes that begin like a ZIP archive', () => {
    const next = random(42);
    for (let round = 0; round < 500; round += 1) {
      const bytes = Buffer.from(Array.from({ length: 30 + Math.floor(next() * 300) }, () => Math.floor(next() * 256)));
      bytes.write('PK\x03\x04', 0, 'latin1');
      expect(readZipDirectory(bytes)).toBeNull();
      expect(detectFileType(bytes)).toBeNull();
    }
  });

  it('refuses an end record that points outside the file', () => {
    const bytes = Buffer.from(sampleDocx(TEXT));
    bytes.writeUInt32LE(0x7fffffff, bytes.length - 6);
    expect(readZipDirectory(bytes)).toBeNull();
    const entries = Buffer.from(sampleDocx(TEXT));
    entries.writeUInt16LE(0xfff0, entries.length - 14);
    entries.writeUInt16LE(0xfff0, entries.length - 12);
    expect(readZipDirectory(entries)).toBeNull();
  });
});
