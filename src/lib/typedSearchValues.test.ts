import { expect, test } from 'vitest';
import { typedText, typedTexts } from './typedSearchValues';

test('strings, numbers and booleans read as the text a person typed', () => {
  expect(typedText('kisa')).toBe('kisa');
  expect(typedText(2023)).toBe('2023');
  expect(typedText(false)).toBe('false');
});

test('objects, arrays, null and nothing read as nothing', () => {
  for (const value of [{ $gt: '' }, ['a'], null, undefined]) expect(typedText(value)).toBeUndefined();
});

test('a repeated key reads as a list, unless one of its values is not typed', () => {
  expect(typedTexts(['nia', 123])).toEqual(['nia', '123']);
  expect(typedTexts('kisa')).toEqual(['kisa']);
  expect(typedTexts([])).toEqual([]);
  expect(typedTexts(['nia', { a: 1 }])).toBeUndefined();
  expect(typedTexts([['nested']])).toBeUndefined();
});
