import { expect, test } from 'vitest';
import { formatCount } from './formatCount';

test('one takes the singular; none and several take the plural', () => {
  expect(formatCount(1, 'contact')).toBe('1 contact');
  expect(formatCount(0, 'contact')).toBe('0 contacts');
  expect(formatCount(10, 'contact')).toBe('10 contacts');
});

test('an irregular plural is given', () => {
  expect(formatCount(2, 'person', 'people')).toBe('2 people');
  expect(formatCount(1, 'person', 'people')).toBe('1 person');
});
