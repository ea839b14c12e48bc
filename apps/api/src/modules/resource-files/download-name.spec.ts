import { contentDisposition, sanitiseFileName } from './download-name';

const codePoints = (text: string) => Array.from(text).length;
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('sanitiseFileName', () => {
  it.each([
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\Åtgärdsplan.docx', 'docx', 'Åtgärdsplan.docx'],
    ['/home/kim/Lägesbild/ny\\rapport.pdf', 'pdf', 'rapport.pdf'],
    ['rapport.exe', 'pdf', 'rapport.pdf'],
    ['rapport', 'pdf', 'rapport.pdf'],
    ['rapport.pdf.exe', 'pdf', 'rapport.pdf.pdf'],
    ['Rapport.PDF', 'pdf', 'Rapport.PDF'],
    ['Protokoll 2024.03.12', 'pdf', 'Protokoll 2024.03.12.pdf'],
    ['bild.JPG', 'jpeg', 'bild.JPG'],
    ['bild.jpeg', 'jpeg', 'bild.jpeg'],
    ['bild.png', 'jpeg', 'bild.jpg'],
    ['bild.jpg', 'png', 'bild.png'],
    ['sida.html', 'txt', 'sida.txt'],
    ['Kalkyl.xlsx', 'ods', 'Kalkyl.ods'],
  ] as const)('%s as %s → %s', (original, type, expected) => {
    expect(sanitiseFileName(original, type)).toBe(expected);
  });

  it('composes decomposed letters (NFC), as macOS sends them', () => {
    const name = sanitiseFileName('A\u030Atga\u0308rdsplan.docx', 'docx');
    expect(name).toBe('\u00C5tg\u00E4rdsplan.docx');
    expect(name).toBe(name.normalize('NFC'));
  });

  it('removes quotes, line breaks and the characters Windows reserves', () => {
    expect(sanitiseFileName('Plan "ny"\r\nversion.pdf', 'pdf')).toBe('Plan ny version.pdf');
    expect(sanitiseFileName('a<b>c:d|e?f*g.txt', 'txt')).toBe('abcdefg.txt');
    expect(sanitiseFileName('Hej\x00\x07\x1b då\x7f\u0085.txt', 'txt')).toBe('Hej då.txt');
  });

  it('removes direction overrides and zero-width characters that disguise a name', () => {
    expect(sanitiseFileName('rapport\u202Efdp.exe', 'pdf')).toBe('rapportfdp.pdf');
    expect(sanitiseFileName('ra\u200Bpp\uFEFFort\u2066.pdf', 'pdf')).toBe('rapport.pdf');
  });

  it('collapses whitespace and trims dots and spaces at both ends', () => {
    expect(sanitiseFileName('  ..  Lokal \t handlingsplan  . .pdf', 'pdf')).toBe('Lokal handlingsplan.pdf');
    expect(sanitiseFileName('rapport..pdf', 'pdf')).toBe('rapport.pdf');
  });

  it.each(['', '   ', '...', '.pdf', '../', 'C:\\', '"<>|?*'])('names %j "fil"', (original) => {
    expect(sanitiseFileName(original, 'pdf')).toBe('fil.pdf');
  });

  it('keeps a name Windows reserves for a device from being one', () => {
    expect(sanitiseFileName('CON.txt', 'txt')).toBe('CON_.txt');
    expect(sanitiseFileName('lpt1', 'pdf')).toBe('lpt1_.pdf');
  });

  it('keeps emoji', () => {
    expect(sanitiseFileName('Möte 🎉 👩‍👩‍👧.pdf', 'pdf')).toBe('Möte 🎉 👩‍👩‍👧.pdf');
  });

  it('removes halves of broken surrogate pairs', () => {
    expect(sanitiseFileName('a\uD800b\uDC00c.txt', 'txt')).toBe('abc.txt');
  });

  it('shortens a long name to 200 characters and keeps the extension', () => {
    const name = sanitiseFileName(`${'Handlingsplan '.repeat(40)}.docx`, 'docx');
    expect(codePoints(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/^Handlingsplan Handlingsplan .*[^ .]\.docx$/);
    expect(codePoints(sanitiseFileName(`${'a'.repeat(500)}.exe`, 'pdf'))).toBe(200);
    expect(sanitiseFileName(`${'a'.repeat(500)}.exe`, 'pdf')).toBe(`${'a'.repeat(196)}.pdf`);
  });

  it('counts characters, not UTF-16 units, and never cuts an emoji in half', () => {
    const name = sanitiseFileName(`${'😀'.repeat(300)}.png`, 'png');
    expect(name).toBe(`${'😀'.repeat(196)}.png`);
    expect(hasLoneSurrogate(name)).toBe(false);
  });
});

describe('contentDisposition', () => {
  function parts(header: string): { fallback: string; encoded: string } {
    const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)$/.exec(header);
    if (!match) throw new Error(`Not an attachment header with both names: ${header}`);
    return { fallback: match[1]!, encoded: match[2]! };
  }

  it('gives an ASCII fallback and the exact name percent-encoded as UTF-8', () => {
    expect(contentDisposition('Åtgärdsplan för Kil.pdf')).toBe(
      `attachment; filename="Atgardsplan for Kil.pdf"; filename*=UTF-8''%C3%85tg%C3%A4rdsplan%20f%C3%B6r%20Kil.pdf`,
    );
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(parts(contentDisposition("Kim's (plan)*.txt")).encoded).toBe('Kim%27s%20%28plan%29%2A.txt');
  });

  it('leaves quotes and backslashes out of the fallback and encodes them in the UTF-8 name', () => {
    const { fallback, encoded } = parts(contentDisposition('a"b\\c.txt'));
    expect(fallback).toBe('abc.txt');
    expect(encoded).toBe('a%22b%5Cc.txt');
  });

  it('spells letters without an ASCII form and replaces emoji in the fallback', () => {
    expect(parts(contentDisposition('Straße Ærø.pdf')).fallback).toBe('Strasse AEro.pdf');
    expect(parts(contentDisposition('Möte 🎉.pdf')).fallback).toBe('Mote _.pdf');
  });

  it.each(['Åtgärdsplan.docx', 'Möte 🎉 👩‍👩‍👧.pdf', "Kim's (plan) 100% klar; del 2.txt", 'a"b\\c.txt', 'Lägesbild – vecka 12.xlsx'])(
    'decodes back to the name: %s',
    (name) => {
      expect(decodeURIComponent(parts(contentDisposition(name)).encoded)).toBe(name);
    },
  );

  it('cannot be broken into a second header by a line break in the name', () => {
    const header = contentDisposition('a\r\nSet-Cookie: session=x.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(parts(header).fallback).toBe('aSet-Cookie: session=x.txt');
  });

  it('does not throw on a broken surrogate pair', () => {
    expect(parts(contentDisposition('a\uD800.txt')).encoded).toBe('a.txt');
  });

  it('names a sanitised name exactly', () => {
    const name = sanitiseFileName('C:\\Users\\x\\Åtgärdsplan "slutlig".docx', 'docx');
    expect(decodeURIComponent(parts(contentDisposition(name)).encoded)).toBe('Åtgärdsplan slutlig.docx');
  });
});
