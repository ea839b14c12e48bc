/** The XML parts that the Office and OpenDocument samples share. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function contentTypes(overrides: Record<string, string>, defaults: Record<string, string> = {}): string {
  const allDefaults: Record<string, string> = {
    rels: 'application/vnd.openxmlformats-package.relationships+xml',
    xml: 'application/xml',
    ...defaults,
  };
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    Object.entries(allDefaults)
      .map(([extension, type]) => `<Default Extension="${extension}" ContentType="${type}"/>`)
      .join('') +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join('') +
    '</Types>'
  );
}

/** A relationships part; each entry is [relationship type (after the officeDocument prefix), target]. */
export function relationships(targets: readonly (readonly [string, string])[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}">` +
    targets.map(([type, target], index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE_REL}/${type}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

/** A Word document's main part, a paragraph per line of the text. */
export function wordDocument(text: string): string {
  const paragraphs = linesOf(text)
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`)
    .join('');
  return `${XML_DECLARATION}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}
