import { expect, test } from 'vitest';
import { MAX_SEARCH_LENGTH, searchPageSchema, toSearchPageSearch } from './searchParams';

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

test('caps the query’s length', () => {
  expect(searchPageSchema.parse({ q: 'x'.repeat(5000) }).q).toHaveLength(MAX_SEARCH_LENGTH);
});

test('writes a canonical URL: a blank query is left out', () => {
  expect(toSearchPageSearch('  ')).toEqual({});
  expect(toSearchPageSearch('cyber security')).toEqual({ q: 'cyber security' });
});
