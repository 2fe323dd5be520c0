import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { csvFile } from './csv';

test('a CSV file is RFC 4180 with a byte-order mark: CRLF rows, fields quoted only where needed, quotes doubled', () => {
  const file = csvFile(
    ['name', 'note'],
    [
      ['Plain', 'AI for Participation, Solidarity and Prosperity'],
      ['Quote', 'He said "yes"'],
      ['Lines', 'one\ntwo'],
      ['Korean', '한국데이터산업진흥원'],
    ],
  );
  expect(file).toBe(
    '\uFEFFname,note\r\n' +
      'Plain,"AI for Participation, Solidarity and Prosperity"\r\n' +
      'Quote,"He said ""yes"""\r\n' +
      'Lines,"one\ntwo"\r\n' +
      'Korean,한국데이터산업진흥원\r\n',
  );
  expect(parse(file, { bom: true, columns: true })).toEqual([
    { name: 'Plain', note: 'AI for Participation, Solidarity and Prosperity' },
    { name: 'Quote', note: 'He said "yes"' },
    { name: 'Lines', note: 'one\ntwo' },
    { name: 'Korean', note: '한국데이터산업진흥원' },
  ]);
});
