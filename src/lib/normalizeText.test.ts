import { expect, test } from 'vitest';
import { normalizeText, queryWords } from './normalizeText';

test('ignores case, hyphens, spacing and punctuation', () => {
  expect(normalizeText('Song Hye-in')).toBe('songhyein');
  expect(normalizeText('  K-DATA ')).toBe('kdata');
});

test('ignores diacritics', () => {
  expect(normalizeText('Café Ñandú')).toBe('cafenandu');
});

test('keeps Hangul intact', () => {
  expect(normalizeText('한국인터넷진흥원')).toBe('한국인터넷진흥원');
});

test('splits a query into folded words', () => {
  expect(queryWords('  Hye-in   KISA ')).toEqual(['hyein', 'kisa']);
  expect(queryWords(' - ')).toEqual([]);
});
