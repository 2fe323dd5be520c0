import { expect, test } from 'vitest';
import { truncate } from './truncate';

test('text of up to 40 characters is shown whole', () => {
  expect(truncate('')).toBe('');
  expect(truncate('2023-03-22x')).toBe('2023-03-22x');
  expect(truncate('a'.repeat(40))).toBe('a'.repeat(40));
});

test('longer text is cut to 40 characters and an ellipsis', () => {
  expect(truncate('a'.repeat(41))).toBe(`${'a'.repeat(40)}…`);
  expect(truncate(`${'b'.repeat(40)}cdef`)).toBe(`${'b'.repeat(40)}…`);
});
