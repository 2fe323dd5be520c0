import { expect, test } from 'vitest';
import { listInWords } from './listInWords';

test('joins words with commas and a last “and”; in Korean a last 및', () => {
  expect(listInWords(['MSIT', 'KISA', 'NIA'], 'en')).toBe('MSIT, KISA and NIA');
  expect(listInWords(['KISA', 'NIA'], 'en')).toBe('KISA and NIA');
  expect(listInWords(['MSIT', 'KISA', 'NIA'], 'ko')).toBe('MSIT, KISA 및 NIA');
});

test('a disjunction says “or”, in Korean 또는, whichever list was made first', () => {
  expect(listInWords(['KISA', 'NIA'], 'en', 'disjunction')).toBe('KISA or NIA');
  expect(listInWords(['KISA', 'NIA'], 'ko', 'disjunction')).toBe('KISA 또는 NIA');
  expect(listInWords(['KISA', 'NIA'], 'en')).toBe('KISA and NIA');
});

test('one word is itself, and none is nothing', () => {
  expect(listInWords(['KISA'], 'en')).toBe('KISA');
  expect(listInWords([], 'en')).toBe('');
});
