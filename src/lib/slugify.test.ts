import fc from 'fast-check';
import { expect, test } from 'vitest';
import { slugify } from './slugify';

test('a name in Hangul or with accents keeps its letters', () => {
  expect(slugify('한국 디지털 데이')).toBe('한국-디지털-데이');
  expect(slugify('Journée du numérique')).toBe('journée-du-numérique');
  expect(slugify('ＫＯＲＥＡ　２０２３')).toBe('korea-2023');
  expect(slugify('***')).toBe('');
});

test('ASCII text slugs as it always has, so no existing file name or id changes', () => {
  const before = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  expect(slugify('Korea Digital Days')).toBe('korea-digital-days');
  fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => slugify(text) === before(text)));
});
