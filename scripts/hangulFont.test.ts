// @vitest-environment node
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { describe, expect, test } from 'vitest';
import { CUTS, fontFaceCss, hangulFontFile, hangulIn, hangulInSources, WEIGHTS } from './hangulFont.ts';

describe('the Hangul in a text', () => {
  test('syllables, jamo and compatibility jamo, each once, in code point order; nothing else', () => {
    expect(hangulIn('Ministry of Science (과학기술정보통신부) 과학, ㄱ ᄀ ힰ 漢字 かな')).toBe(
      'ᄀㄱ과기보부술신정통학ힰ',
    );
  });

  test('none in Latin text', () => {
    expect(hangulIn('Korea Digital Days, 21–23 March 2023')).toBe('');
  });
});

test('the font covers every Hangul character in the site source, in every weight', async () => {
  const dir = 'src';
  const sources = (await readdir(dir, { recursive: true })).filter((file) => /\.(tsx?|css|json|md)$/.test(file));
  const shipped = sources.filter((file) => !/\.test\.tsx?$/.test(file));
  const everything = hangulIn((await Promise.all(shipped.map((file) => readFile(join(dir, file), 'utf8')))).join(''));
  expect(everything).toContain('과학기술정보통신부'.at(0));

  const { text } = await hangulInSources(dir, CUTS.edition.skip);
  expect(text).toBe(everything);
  // The names' cut leaves out the Korean edition's catalogues, and keeps the agencies' Korean names.
  const names = await hangulInSources(dir, CUTS.names.skip);
  expect(names.files.some((file) => /i18n[\\/]ko[\\/]/.test(file))).toBe(false);
  for (const syllable of '한국인터넷진흥원') expect(names.text).toContain(syllable);
  expect(names.text.length).toBeLessThan(everything.length / 4);
  for (const [cut, covers] of [
    [CUTS.names, names.text],
    [CUTS.edition, text],
  ] as const) {
    for (const weight of cut.weights) {
      // HarfBuzz reads no WOFF2: unpack the file (a subset to the same text keeps every glyph) and read its cmap.
      const sfnt = await subsetFont(await hangulFontFile(covers, weight), covers, { targetFormat: 'sfnt' });
      const covered = String.fromCodePoint(...new Face(new Blob(sfnt)).collectUnicodes());
      expect(hangulIn(covered), `${cut.family} ${weight}`).toBe(covers);
    }
  }
});

test('one @font-face per weight, Hangul only, swapped in when it arrives', () => {
  const css = fontFaceCss('KDD Hangul', { 400: '/assets/a.woff2', 700: '/assets/b.woff2' });
  expect(Object.keys(WEIGHTS)).toEqual(['400', '700']);
  expect(css.match(/@font-face/g)).toHaveLength(2);
  expect(css).toContain("font-family: 'KDD Hangul'");
  expect(css).toContain('font-display: swap');
  expect(css).toContain("src: url('/assets/b.woff2') format('woff2')");
  expect(css).toContain('unicode-range: U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7A3, U+D7B0-D7FF;');
});
