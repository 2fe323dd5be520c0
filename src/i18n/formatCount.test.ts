import { expect, test } from 'vitest';
import { formatCount } from './formatCount';

test('a count groups its thousands in each language', () => {
  expect(formatCount(5000, 'ko')).toBe('5,000');
  expect(formatCount(12345, 'en')).toBe('12,345');
  expect(formatCount(10, 'ko')).toBe('10');
});
