import { expect, test } from 'vitest';
import { stringifyReadableSearch } from './readableSearch';

test('lists keep their commas', () => {
  expect(stringifyReadableSearch({ agency: 'kisa,nia' })).toBe('?agency=kisa,nia');
});

test('strings that look like numbers or words of JSON are written as typed', () => {
  expect(stringifyReadableSearch({ q: '1835' })).toBe('?q=1835');
  expect(stringifyReadableSearch({ agency: 'true' })).toBe('?agency=true');
});

test('keys keep their order, and empty searches write nothing', () => {
  expect(stringifyReadableSearch({ agency: 'kisa', q: 'lee won' })).toBe('?agency=kisa&q=lee+won');
  expect(stringifyReadableSearch({})).toBe('');
});
