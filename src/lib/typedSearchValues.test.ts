import * as v from 'valibot';
import { expect, test } from 'vitest';
import { typedText, typedTexts } from './typedSearchValues';

const read = (schema: typeof typedText | typeof typedTexts, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
};

test('strings, numbers and booleans read as the text a person typed', () => {
  expect(read(typedText, 'kisa')).toBe('kisa');
  expect(read(typedText, 2023)).toBe('2023');
  expect(read(typedText, false)).toBe('false');
});

test('objects, null and nothing read as nothing', () => {
  for (const value of [{ $gt: '' }, [{ $gt: '' }], null, undefined, Number.NaN])
    expect(read(typedText, value)).toBeUndefined();
});

test('a repeated key reads as its values put together, as a list key does', () => {
  expect(read(typedText, ['kisa', 'nia'])).toBe('kisa nia');
  expect(read(typedText, ['lim', 2023])).toBe('lim 2023');
});

test('a repeated key reads as a list, unless one of its values is not typed', () => {
  expect(read(typedTexts, ['nia', 123])).toEqual(['nia', '123']);
  expect(read(typedTexts, 'kisa')).toEqual(['kisa']);
  expect(read(typedTexts, [])).toEqual([]);
  expect(read(typedTexts, ['nia', { a: 1 }])).toBeUndefined();
  expect(read(typedTexts, [['nested']])).toBeUndefined();
});
