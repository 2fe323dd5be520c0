import { expect, test } from 'vitest';
import { MAX_SEARCH_LENGTH, parseSearchPage, searchPageSchema, toSearchPageSearch } from './searchParams';

test('reads a query, whatever type the URL parser gave it', () => {
  expect(searchPageSchema.parse({ q: 'kisa' })).toEqual({ q: 'kisa' });
  expect(searchPageSchema.parse({ q: 2023 })).toEqual({ q: '2023' });
  expect(searchPageSchema.parse({ q: true })).toEqual({ q: 'true' });
});

test('falls back to no query for anything else', () => {
  expect(searchPageSchema.parse({})).toEqual({});
  expect(searchPageSchema.parse({ q: { $gt: '' } })).toEqual({ q: undefined });
  expect(searchPageSchema.parse({ q: ['a', 'b'] })).toEqual({ q: undefined });
});

test('caps the query’s length between characters, never through one', () => {
  expect(searchPageSchema.parse({ q: 'x'.repeat(5000) }).q).toHaveLength(MAX_SEARCH_LENGTH);
  const emoji = searchPageSchema.parse({ q: '😀'.repeat(300) }).q ?? '';
  expect([...emoji]).toHaveLength(MAX_SEARCH_LENGTH);
  expect(emoji).not.toMatch(/\p{Cs}/u);
});

test('a blank query is no query', () => {
  expect(parseSearchPage(searchPageSchema.parse({ q: ' \t ' }))).toBe('');
  expect(parseSearchPage(searchPageSchema.parse({}))).toBe('');
  expect(parseSearchPage(searchPageSchema.parse({ q: ' kisa ' }))).toBe(' kisa ');
});

test('writes a canonical URL: a blank query is left out', () => {
  expect(toSearchPageSearch('  ')).toEqual({});
  expect(toSearchPageSearch('cyber security')).toEqual({ q: 'cyber security' });
});
