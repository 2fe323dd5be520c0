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
