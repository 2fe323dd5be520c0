import { expect, test } from 'vitest';
import { describeFilter } from './describeFilter';

test('an unfiltered directory is all contacts', () => {
  expect(describeFilter({ agencies: [], query: '  ' })).toBe('all contacts');
});

test('agencies are named in the order given, joined as in a sentence', () => {
  expect(describeFilter({ agencies: ['kisa'], query: '' })).toBe('contacts at KISA');
  expect(describeFilter({ agencies: ['msit', 'k-data', 'nia'], query: '' })).toBe('contacts at MSIT, K-Data and NIA');
});

test('a search is quoted as typed, without surrounding spaces', () => {
  expect(describeFilter({ agencies: [], query: ' hye-in ' })).toBe('contacts matching “hye-in”');
  expect(describeFilter({ agencies: ['kisa', 'nia'], query: 'lim' })).toBe('contacts at KISA and NIA matching “lim”');
});
