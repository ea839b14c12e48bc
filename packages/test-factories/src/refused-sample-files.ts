import { contentTypes, RELATIONSHIPS_NS, relationships, wordDocument, XML_DECLARATION } from './office-xml';
import { samplePng } from './sample-files';
import { writeZip, type ZipEntry } from './zip-writer';

/** Inputs an upload must refuse: programs, pages and images a browser would run or render, other archives, macros. */

/** The start of a Windows program: an MZ header pointing at a PE header (x86-64, no sections). */
export function sampleWindowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x8664, 0x84);
  bytes.writeUInt16LE(0xf0, 0x94);
  bytes.writeUInt16LE(0x0022, 0x96);
  bytes.writeUInt16LE(0x020b, 0x98);
  bytes.writeUInt16LE(3, 0xdc);
  return bytes;
}

/** The start of a Linux program: a 64-bit little-endian ELF header. */
export function sampleElf(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  bytes.writeUInt16LE(2, 16);
  bytes.writeUInt16LE(0x3e, 18);
  bytes.writeUInt32LE(1, 20);
  bytes.writeUInt16LE(64, 52);
  return bytes;
}

/** A web page with a script: what a browser would run if it rendered the download. */
export function sampleHtml(): Buffer {
  return Buffer.from('<!DOCTYPE html>\n<html lang="sv"><head><title>Rapport</title></head><body><p>Hej</p><script>alert(document.cookie)</script></body></html>\n', 'utf8');
}

/** An SVG image with a script in it. */
export function sampleSvg(): Buffer {
  return Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>\n', 'utf8');
}

/** A 1 × 1 GIF: a real image, but not an allowed type. */
export function sampleGif(): Buffer {
  return Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
}

/** A ZIP archive of ordinary files, not an office document. */
export function samplePlainZip(): Buffer {
  return writeZip([
    { name: 'läsmig.txt', data: 'Ett arkiv, inget dokument.\n' },
    { name: 'bilder/bild.png', data: samplePng(2, 2), compress: false },
  ]);
}

/**
 * A Word document with a macro project (.docm): an OOXML file that must be refused. macroPart
 * names the project's part (Office's own name unless given), so a test can rename it.
 */
export function sampleDocm(text: string, { macroPart = 'word/vbaProject.bin' }: { macroPart?: string } = {}): Buffer {
  // A compound-file signature is enough: the detector must refuse on the part's declaration alone.
  const vbaProject = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  const entries: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/word/document.xml': 'application/vnd.ms-word.document.macroEnabled.main+xml',
        [`/${macroPart}`]: 'application/vnd.ms-office.vbaProject',
      }),
    },
    { name: '_rels/.rels', data: relationships([['officeDocument', 'word/document.xml']]) },
    { name: 'word/document.xml', data: wordDocument(text) },
    {
      name: 'word/_rels/document.xml.rels',
      data: `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="/${macroPart}"/></Relationships>`,
    },
    { name: macroPart, data: vbaProject },
  ];
  return writeZip(entries);
}
