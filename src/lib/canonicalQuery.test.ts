import { expect, test } from 'vitest';
import { canonicalQuery } from './canonicalQuery';

test('a query is kept as typed, spaces and case included', () => {
  expect(canonicalQuery('  Cyber Security ', 200)).toBe('  Cyber Security ');
});

test('a blank query is empty', () => {
  expect(canonicalQuery('', 200)).toBe('');
  expect(canonicalQuery(' \t\n ', 200)).toBe('');
});

test('a long query is cut to its first code points, never through an emoji', () => {
  expect(canonicalQuery('abcdef', 4)).toBe('abcd');
  expect(canonicalQuery('abcd', 4)).toBe('abcd');
  expect(canonicalQuery('a😀b', 2)).toBe('a😀');
  expect(canonicalQuery('😀😀😀', 2)).toBe('😀😀');
});

test('a lone UTF-16 half becomes U+FFFD', () => {
  expect(canonicalQuery('a\uD800b\uDC00', 200)).toBe('a\uFFFDb\uFFFD');
  expect(canonicalQuery('\uD800', 200)).toBe('\uFFFD');
});
