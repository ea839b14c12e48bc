import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes what Swedish Excel opens: BOM, semicolons, CRLF, å ä ö as they are', () => {
    expect(toCsv(['Kommun', 'Status'], [['Årjäng', 'Bekräftad']])).toBe('\uFEFFKommun;Status\r\nÅrjäng;Bekräftad\r\n');
  });

  it('quotes fields with separators, quotes or line breaks', () => {
    expect(toCsv(['a'], [['Kil; Eda'], ['Säg "hej"'], ['två\nrader']])).toBe('\uFEFFa\r\n"Kil; Eda"\r\n"Säg ""hej"""\r\n"två\nrader"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+46 70'], ['-1'], ['@SUM(A1)']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n\'+46 70\r\n\'-1\r\n\'@SUM(A1)\r\n',
    );
  });
});
