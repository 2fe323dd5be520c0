import { expect, test, vi } from 'vitest';
import { formatDate, formatDateRange, formatDateWithWeekday, formatShortDay } from '../lib/dates';
import { listInWords } from '../lib/listInWords';
import { formatCount } from './formatCount';
import { formatsScript, formatted, recordFormats, takeFormats } from './prerenderedFormats';

test('while recording, what is formatted is kept by key, and recording stops when asked', () => {
  const stop = recordFormats();
  expect(formatted(['count', 'ko', 5000], () => '5,000')).toBe('5,000');
  expect(formatted(['list', 'en', 'conjunction', 'MSIT', 'KISA'], () => 'MSIT and KISA')).toBe('MSIT and KISA');
  const records = stop();
  formatted(['count', 'ko', 7], () => '7');
  expect(records).toEqual({
    '["count","ko",5000]': '5,000',
    '["list","en","conjunction","MSIT","KISA"]': 'MSIT and KISA',
  });
  expect(recordFormats()()).toEqual({});
});

test('a list of two words and one word of two keep apart', () => {
  const stop = recordFormats();
  formatted(['list', 'en', 'conjunction', 'A', 'B'], () => 'A and B');
  formatted(['list', 'en', 'conjunction', 'A B'], () => 'A B');
  expect(Object.values(stop())).toEqual(['A and B', 'A B']);
});

test('the page’s records are the text, and the formatter runs only for what they lack', () => {
  const stop = recordFormats();
  formatted(['date', 'date', 'ko', '2023-03-22'], () => '2023년 3월 22일');
  takeFormats(dataOf(formatsScript(stop())));
  const format = vi.fn(() => 'made afresh');
  expect(formatted(['date', 'date', 'ko', '2023-03-22'], format)).toBe('2023년 3월 22일');
  expect(format).not.toHaveBeenCalled();
  expect(formatted(['date', 'date', 'ko', '2023-03-23'], format)).toBe('made afresh');
});

test('the app, given what the prerenderer formatted, says the same again without an Intl formatter', () => {
  const calls = [
    () => formatDate('2023-03-21', 'ko'),
    () => formatShortDay('2023-03-21', 'ko'),
    () => formatDateWithWeekday('2023-03-21', 'en'),
    () => formatDateWithWeekday('2023-03-21', 'ko'),
    () => formatDateRange('2023-03-21', '2023-03-23', 'ko'),
    () => formatDateRange('2023-03-21', '2023-03-22', 'en'),
    () => listInWords(['MSIT', 'KISA', 'NIA'], 'en'),
    () => listInWords(['MSIT', 'KISA'], 'en', 'disjunction'),
    () => formatCount(5000, 'en'),
    () => formatCount(10, 'ko'),
  ];
  const stop = recordFormats();
  const texts = calls.map((call) => call());
  takeFormats(dataOf(formatsScript(stop())));

  // DateTimeFormat's and NumberFormat's `format` are getters that hand out a bound function.
  const formatting = [
    vi.spyOn(Intl.DateTimeFormat.prototype as { readonly format: unknown }, 'format', 'get'),
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatRange'),
    vi.spyOn(Intl.ListFormat.prototype, 'format'),
    vi.spyOn(Intl.NumberFormat.prototype as { readonly format: unknown }, 'format', 'get'),
  ];
  expect(calls.map((call) => call())).toEqual(texts);
  expect(new Set(texts).size).toBe(texts.length);
  for (const format of formatting) expect(format).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

test('records that cannot be read are left to the formatters', () => {
  for (const json of [undefined, null, '', '{', 'null', '"text"', '{"[\\"count\\",\\"en\\",1]":1}']) {
    expect(() => takeFormats(json)).not.toThrow();
  }
  expect(formatted(['count', 'en', 1], () => '1')).toBe('1');
});

test('the data block cannot be closed by the text in it, and a page with nothing formatted has none', () => {
  const records = { '["list","en","conjunction","</script><script>alert(1)"]': '</script>' };
  const json = dataOf(formatsScript(records));
  expect(json).not.toContain('<');
  expect(JSON.parse(json)).toEqual(records);
  expect(formatsScript({})).toBe('');
});

/** The JSON inside the block, as the browser reads it: up to the first "</script". */
function dataOf(script: string): string {
  const [, json] = /^<script type="application\/json" id="prerendered-formats">(.*?)<\/script/s.exec(script) ?? [];
  if (json === undefined) throw new Error(`Not a data block: ${script}`);
  return json;
}
