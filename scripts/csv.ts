/**
 * A CSV file as RFC 4180 has it: CRLF after every record, fields quoted where
 * they hold a comma, a quote or a line break, and quotes inside doubled. It
 * starts with a UTF-8 byte-order mark, without which Excel reads the file in
 * the computer's legacy code page and garbles Hangul.
 */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((record) => `${record.map(csvField).join(',')}\r\n`).join('')}`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
