/**
 * CSV as Excel in Sweden reads it: semicolons between fields, CRLF between rows, UTF-8 with a
 * byte-order mark (without it Excel shows å, ä and ö as mojibake).
 */
const BOM = '\uFEFF';

function field(value: string): string {
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}
