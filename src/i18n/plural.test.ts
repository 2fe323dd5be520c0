import { expect, test } from 'vitest';
import { plural } from './plural';

const contacts = { one: 'contact', other: 'contacts' };

test('in English one takes the singular, and none or several the plural', () => {
  expect(plural(1, 'en', contacts)).toBe('contact');
  expect(plural(0, 'en', contacts)).toBe('contacts');
  expect(plural(2, 'en', contacts)).toBe('contacts');
  expect(plural(10, 'en', contacts)).toBe('contacts');
});

test('Korean has one form for every count', () => {
  expect(plural(1, 'ko', { one: '명 (one)', other: '명' })).toBe('명');
  expect(plural(1, 'en', contacts)).toBe('contact');
});

test('a word given only its plural takes it for every count', () => {
  expect(plural(1, 'en', { other: 'people' })).toBe('people');
});
