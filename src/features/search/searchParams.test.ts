import { expect, test } from 'vitest';
import { MAX_SEARCH_LENGTH, parseSearchPage, toSearchPageSearch, validateSearchPage } from './searchParams';

test('reads a query, whatever type the URL parser gave it', () => {
  expect(validateSearchPage({ q: 'kisa' })).toEqual({ q: 'kisa' });
  expect(validateSearchPage({ q: 2023 })).toEqual({ q: '2023' });
  expect(validateSearchPage({ q: true })).toEqual({ q: 'true' });
});

test('falls back to no query for anything else', () => {
  expect(validateSearchPage({})).toEqual({});
  expect(validateSearchPage({ q: { $gt: '' } })).toEqual({ q: undefined });
  expect(validateSearchPage({ q: [{}, 'b'] })).toEqual({ q: undefined });
});

test('a repeated q is one search for all its values', () => {
  expect(validateSearchPage({ q: ['kisa', 'nia'] })).toEqual({ q: 'kisa nia' });
});

test('caps the query’s length between characters, never through one', () => {
  expect(validateSearchPage({ q: 'x'.repeat(5000) }).q).toHaveLength(MAX_SEARCH_LENGTH);
  const emoji = validateSearchPage({ q: '😀'.repeat(300) }).q ?? '';
  expect([...emoji]).toHaveLength(MAX_SEARCH_LENGTH);
  expect(emoji).not.toMatch(/\p{Cs}/u);
});

test('a blank query is no query', () => {
  expect(parseSearchPage(validateSearchPage({ q: ' \t ' }))).toBe('');
  expect(parseSearchPage(validateSearchPage({}))).toBe('');
  expect(parseSearchPage(validateSearchPage({ q: ' kisa ' }))).toBe(' kisa ');
});

test('writes a canonical URL: a blank query is left out', () => {
  expect(toSearchPageSearch('  ')).toEqual({});
  expect(toSearchPageSearch('cyber security')).toEqual({ q: 'cyber security' });
});
