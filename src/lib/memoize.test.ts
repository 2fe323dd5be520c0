import { expect, test, vi } from 'vitest';
import { memoize } from './memoize';

test('makes once for each list of arguments, and hands back what it made', () => {
  const make = vi.fn((locale: string, type: string) => ({ locale, type }));
  const made = memoize(make);
  const first = made('ko', 'conjunction');
  expect(made('ko', 'conjunction')).toBe(first);
  expect(made('ko', 'disjunction')).toEqual({ locale: 'ko', type: 'disjunction' });
  expect(made('en', 'conjunction')).not.toBe(first);
  expect(make).toHaveBeenCalledTimes(3);
});

test('arguments that would run together stay apart', () => {
  const made = memoize((first: string, second: string) => [first, second]);
  expect(made('a b', 'c')).toEqual(['a b', 'c']);
  expect(made('a', 'b c')).toEqual(['a', 'b c']);
  expect(made('ab', 'c')).toEqual(['ab', 'c']);
});
