import { deflateSync, crc32 } from 'node:zlib';
import type { ResourceFileType } from '@repo/contracts';
import { contentTypes, linesOf, OFFICE_REL, relationships, wordDocument, XML_DECLARATION, xmlText } from './office-xml';
import { writeZip } from './zip-writer';

/**
 * Small but valid files of every uploadable type (the inputs an upload must refuse are in
 * refused-sample-files.ts). Made from scratch and deterministic: the same arguments give the same bytes.
 */

/** A spreadsheet cell: text, or a number stored as a number. */
export type SampleCell = string | number;

function rowsOf(content: string | readonly (readonly SampleCell[])[]): (readonly SampleCell[])[] {
  return typeof content === 'string' ? linesOf(content).map((line) => [line]) : [...content];
}

/** WinAnsiEncoding's bytes 0x80–0x9F, for the characters that differ from Latin-1 there. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** A PDF string literal in WinAnsiEncoding: ASCII as is, å ä ö and the rest as octal escapes. */
function pdfString(text: string): string {
  let literal = '(';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (char === '(' || char === ')' || char === '\\') literal += `\\${char}`;
    else if (code >= 0x20 && code <= 0x7e) literal += char;
    else if (code === 0x09) literal += ' ';
    else if (code >= 0xa0 && code <= 0xff) literal += `\\${code.toString(8)}`;
    else if (WIN_ANSI_HIGH[code] !== undefined) literal += `\\${WIN_ANSI_HIGH[code]!.toString(8)}`;
    else literal += '?';
  }
  return `${literal})`;
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out;
}

const PDF_LINES_PER_PAGE = 48;

/** A PDF of A4 pages with the text in Helvetica, a line per line of the text (long ones wrapped). */
export function samplePdf(text: string): Buffer {
  const lines = linesOf(text).flatMap((line) => wrap(line, 90));
  const pages: string[][] = [];
  for (let start = 0; start < lines.length; start += PDF_LINES_PER_PAGE) pages.push(lines.slice(start, start + PDF_LINES_PER_PAGE));

  // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
  const pageIds = pages.map((_, index) => 4 + index * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((pageLines, index) => {
    const content = ['BT', '/F1 11 Tf', '15 TL', '56 770 Td', ...pageLines.map((line, at) => `${at === 0 ? '' : 'T* '}${pdfString(line)} Tj`), 'ET'].join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });

  // Latin-1 throughout, so that string length is byte length and the xref offsets are exact.
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** A Word document (.docx), a paragraph per line of the text. */
export function sampleDocx(text: string): Buffer {
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes({ '/word/document.xml': WORD_MAIN }) },
    { name: '_rels/.rels', data: relationships([['officeDocument', 'word/document.xml']]) },
    { name: 'word/document.xml', data: wordDocument(text) },
  ]);
}

function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** An Excel workbook (.xlsx) with one sheet: the rows given, or a line of the text per row. */
export function sampleXlsx(content: string | readonly (readonly SampleCell[])[]): Buffer {
  const rows = rowsOf(content)
    .map((cells, rowIndex) => {
      const ref = (column: number) => `${columnName(column)}${rowIndex + 1}`;
      const xml = cells
        .map((cell, column) =>
          typeof cell === 'number'
            ? `<c r="${ref(column)}"><v>${cell}</v></c>`
            : `<c r="${ref(column)}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`,
        )
        .join('');
      return `<row r="${rowIndex + 1}">${xml}</row>`;
    })
    .join('');
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      }),
    },
    { name: '_rels/.rels', data: relationships([['officeDocument', 'xl/workbook.xml']]) },
    {
      name: 'xl/workbook.xml',
      data: `${XML_DECLARATION}<workbook xmlns="${main}" xmlns:r="${OFFICE_REL}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: relationships([['worksheet', 'worksheets/sheet1.xml']]) },
    { name: 'xl/worksheets/sheet1.xml', data: `${XML_DECLARATION}<worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>` },
  ]);
}

const PRESENTATION_NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const EMPTY_GROUP = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>';

const THEME = `${XML_DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:fillStyleLst><a:lnStyleLst>${[6350, 12700, 19050].map((width) => `<a:ln w="${width}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>`).join('')}</a:lnStyleLst><a:effectStyleLst>${'<a:effectStyle><a:effectLst/></a:effectStyle>'.repeat(3)}</a:effectStyleLst><a:bgFillStyleLst>${'<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'.repeat(3)}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

/** A PowerPoint presentation (.pptx) with one slide holding the text, a paragraph per line. */
export function samplePptx(text: string): Buffer {
  const paragraphs = linesOf(text)
    .map((line) => `<a:p><a:r><a:rPr lang="sv-SE" sz="2400"/><a:t>${xmlText(line)}</a:t></a:r></a:p>`)
    .join('');
  const type = (name: string) => `application/vnd.openxmlformats-officedocument.presentationml.${name}+xml`;
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: contentTypes({
        '/ppt/presentation.xml': type('presentation.main'),
        '/ppt/slideMasters/slideMaster1.xml': type('slideMaster'),
        '/ppt/slideLayouts/slideLayout1.xml': type('slideLayout'),
        '/ppt/slides/slide1.xml': type('slide'),
        '/ppt/theme/theme1.xml': 'application/vnd.openxmlformats-officedocument.theme+xml',
      }),
    },
    { name: '_rels/.rels', data: relationships([['officeDocument', 'ppt/presentation.xml']]) },
    {
      name: 'ppt/presentation.xml',
      data: `${XML_DECLARATION}<p:presentation ${PRESENTATION_NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`,
    },
    {
      name: 'ppt/_rels/presentation.xml.rels',
      data: relationships([
        ['slideMaster', 'slideMasters/slideMaster1.xml'],
        ['slide', 'slides/slide1.xml'],
        ['theme', 'theme/theme1.xml'],
      ]),
    },
    {
      name: 'ppt/slideMasters/slideMaster1.xml',
      data: `${XML_DECLARATION}<p:sldMaster ${PRESENTATION_NS}><p:cSld><p:spTree>${EMPTY_GROUP}</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>`,
    },
    {
      name: 'ppt/slideMasters/_rels/slideMaster1.xml.rels',
      data: relationships([
        ['slideLayout', '../slideLayouts/slideLayout1.xml'],
        ['theme', '../theme/theme1.xml'],
      ]),
    },
    {
      name: 'ppt/slideLayouts/slideLayout1.xml',
      data: `${XML_DECLARATION}<p:sldLayout ${PRESENTATION_NS} type="blank" preserve="1"><p:cSld name="Tom"><p:spTree>${EMPTY_GROUP}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`,
    },
    { name: 'ppt/slideLayouts/_rels/slideLayout1.xml.rels', data: relationships([['slideMaster', '../slideMasters/slideMaster1.xml']]) },
    {
      name: 'ppt/slides/slide1.xml',
      data: `${XML_DECLARATION}<p:sld ${PRESENTATION_NS}><p:cSld><p:spTree>${EMPTY_GROUP}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Text 1"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="838200" y="838200"/><a:ext cx="10515600" cy="5181600"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>${paragraphs}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`,
    },
    { name: 'ppt/slides/_rels/slide1.xml.rels', data: relationships([['slideLayout', '../slideLayouts/slideLayout1.xml']]) },
    { name: 'ppt/theme/theme1.xml', data: THEME },
  ]);
}

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

function odf(mediaType: string, body: string): Buffer {
  return writeZip([
    // The package format requires `mimetype` first and stored, so that its bytes identify the file.
    { name: 'mimetype', data: mediaType, compress: false },
    {
      name: 'META-INF/manifest.xml',
      data: `${XML_DECLARATION}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${mediaType}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    { name: 'content.xml', data: `${XML_DECLARATION}<office:document-content ${ODF_NS} office:version="1.2"><office:body>${body}</office:body></office:document-content>` },
  ]);
}

/** An OpenDocument text (.odt), a paragraph per line of the text. */
export function sampleOdt(text: string): Buffer {
  const paragraphs = linesOf(text)
    .map((line) => `<text:p>${xmlText(line)}</text:p>`)
    .join('');
  return odf('application/vnd.oasis.opendocument.text', `<office:text>${paragraphs}</office:text>`);
}

/** An OpenDocument spreadsheet (.ods) with one sheet: the rows given, or a line of the text per row. */
export function sampleOds(content: string | readonly (readonly SampleCell[])[]): Buffer {
  const rows = rowsOf(content)
    .map((cells) => {
      const xml = cells
        .map((cell) =>
          typeof cell === 'number'
            ? `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`
            : `<table:table-cell office:value-type="string"><text:p>${xmlText(cell)}</text:p></table:table-cell>`,
        )
        .join('');
      return `<table:table-row>${xml}</table:table-row>`;
    })
    .join('');
  return odf('application/vnd.oasis.opendocument.spreadsheet', `<office:spreadsheet><table:table table:name="Blad1">${rows}</table:table></office:spreadsheet>`);
}

/** Plain UTF-8 text without a byte-order mark. */
export function sampleTxt(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, checksum]);
}

/** A PNG of one colour (`#rrggbb`, default a calm blue), 8-bit RGB. */
export function samplePng(width: number, height: number, colour = '#2e6da4'): Buffer {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match || !Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error('samplePng needs a positive whole width and height and a #rrggbb colour');
  }
  const rgb = [match[1]!, match[2]!, match[3]!].map((hex) => parseInt(hex, 16));
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set(rgb, 1 + x * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An 8 × 8 baseline JPEG of one blue colour (JFIF, no metadata). */
const JPEG_8X8 =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AJQArFn/2Q==';

export function sampleJpeg(): Buffer {
  return Buffer.from(JPEG_8X8, 'base64');
}

/** A valid file of the type with the text in it (images ignore the text). */
export function sampleFile(type: ResourceFileType, text: string): Buffer {
  switch (type) {
    case 'pdf':
      return samplePdf(text);
    case 'docx':
      return sampleDocx(text);
    case 'xlsx':
      return sampleXlsx(text);
    case 'pptx':
      return samplePptx(text);
    case 'odt':
      return sampleOdt(text);
    case 'ods':
      return sampleOds(text);
    case 'txt':
      return sampleTxt(text);
    case 'png':
      return samplePng(64, 48);
    case 'jpeg':
      return sampleJpeg();
  }
}
