import { AppError } from '../../common/errors/app-error';
import { decodeRosterFile } from './roster-file-decoding';
import { detectDelimiter, parseRosterFile } from './roster-file-parser';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 for the Latin-1 range, which is all these tests use. */
const cp1252 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

function refusal(bytes: Uint8Array): { code: string; issues: unknown } {
  try {
    parseRosterFile(bytes);
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, issues: error.details?.issues };
    throw error;
  }
  throw new Error('The file was accepted');
}

describe('decodeRosterFile', () => {
  it('reads UTF-8 with a byte-order mark, and leaves the mark out', () => {
    expect(decodeRosterFile(utf8('\uFEFFNamn;Årjäng'))).toEqual({ text: 'Namn;Årjäng', encoding: 'utf-8', hasByteOrderMark: true });
  });

  it('reads valid UTF-8 without a mark as UTF-8', () => {
    expect(decodeRosterFile(utf8('Namn;Säffle'))).toEqual({ text: 'Namn;Säffle', encoding: 'utf-8', hasByteOrderMark: false });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Excel’s plain CSV)', () => {
    expect(decodeRosterFile(cp1252('Namn;Åsa Öberg – Hammarö'.replace('–', '\x96')))).toEqual({
      text: 'Namn;Åsa Öberg – Hammarö',
      encoding: 'windows-1252',
      hasByteOrderMark: false,
    });
  });
});

describe('detectDelimiter', () => {
  it('takes the separator the header line has most of, outside quotes', () => {
    expect(detectDelimiter('E-post;Namn;Organisation')).toBe(';');
    expect(detectDelimiter('Email,Name,Organisation')).toBe(',');
    expect(detectDelimiter('"E-post, arbete";Namn;Organisation')).toBe(';');
    expect(detectDelimiter('"a;b;c",Namn,Organisation')).toBe(',');
    expect(detectDelimiter('E-post\tNamn\tOrganisation')).toBe('\t');
  });
});

describe('parseRosterFile', () => {
  it('matches Swedish and English headers without regard to case, and numbers rows by the line they start on', () => {
    const file = parseRosterFile(
      utf8('EPOST;namn;ORGANISATION;Ask me about;Anteckning\r\na@x.example;Anna;Kil;"två\r\nrader";x\r\n;;;;\r\n\r\nb@x.example;Bo;Kil;;\r\n'),
    );
    expect(file.delimiter).toBe(';');
    expect(file.columns).toEqual(['email', 'name', 'organisation', 'askMeAbout']);
    expect(file.ignoredColumns).toEqual(['Anteckning']);
    expect(file.records.map((record) => [record.line, record.cells.email, record.cells.askMeAbout])).toEqual([
      [2, 'a@x.example', 'två\nrader'],
      [6, 'b@x.example', ''],
    ]);
  });

  it('reads comma-separated files with quoted fields', () => {
    const file = parseRosterFile(utf8('Email,Name,Organisation\nc@x.example,"Berg, Cilla","Socialtjänsten, Kils kommun"\n'));
    expect(file.delimiter).toBe(',');
    expect(file.records[0]?.cells).toEqual({ email: 'c@x.example', name: 'Berg, Cilla', organisation: 'Socialtjänsten, Kils kommun' });
  });

  it('marks a row with more cells than the header has columns', () => {
    const file = parseRosterFile(utf8('E-post;Namn;Organisation\na@x.example;Anna;Kil;extra\nb@x.example;Bo;Kil;\n'));
    expect(file.records.map((record) => record.hasExtraCells)).toEqual([true, false]);
  });

  it('refuses an empty file, a header without rows, missing or repeated columns and broken quoting', () => {
    expect(refusal(utf8(''))).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: ['file'], code: 'empty' }] });
    expect(refusal(utf8('\uFEFF \r\n'))).toMatchObject({ issues: [{ code: 'empty' }] });
    expect(refusal(utf8('E-post;Namn;Organisation\r\n;;\r\n'))).toMatchObject({ issues: [{ code: 'no_rows' }] });
    expect(refusal(utf8('E-post;Titel\r\na@x.example;Rektor\r\n'))).toMatchObject({
      issues: [{ code: 'missing_columns', message: 'The header line lacks the columns Namn, Organisation.' }],
    });
    expect(refusal(utf8('E-post;Namn;Organisation;Email\r\n'))).toMatchObject({ issues: [{ code: 'duplicate_columns' }] });
    expect(refusal(utf8('E-post;Namn;Organisation\r\na@x.example;"Anna;Kil\r\n'))).toMatchObject({ issues: [{ code: 'malformed' }] });
  });
});
