import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, toContentLines } from './contentLine';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('escaping text values', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  test('can leave semicolons alone, for a vCard’s single values', () => {
    expect(escapeText('a;b,c', { semicolons: false })).toBe('a;b\\,c');
  });

  test('leaves colons, quotes and Korean alone', () => {
    expect(escapeText('Note: “한국인터넷진흥원”')).toBe('Note: “한국인터넷진흥원”');
  });
});

describe('folding content lines', () => {
  test('leaves a line of 75 octets whole', () => {
    const line = `NOTE:${'x'.repeat(70)}`;
    expect(foldLine(line)).toBe(line);
  });

  test('folds a long line into lines of at most 75 octets, with CRLF and a space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(parts[0] ?? '')).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  test('never splits a multi-octet character', () => {
    const line = `NOTE:${'한국인터넷진흥원 '.repeat(12)}😀é`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
    }
    expect(unfold(folded)).toBe(line);
  });

  test('folds before a character that would cross 75 octets, not through it', () => {
    // 74 octets, then 한 (3 octets); a continuation holds 74 after its space, and 😀 is 4.
    const line = `NOTE:${'x'.repeat(69)}한${'y'.repeat(70)}😀é`;
    expect(foldLine(line)).toBe(`NOTE:${'x'.repeat(69)}\r\n 한${'y'.repeat(70)}\r\n 😀é`);
  });

  test('counts each character’s UTF-8 octets at every boundary: 1, 2, 3 and 4', () => {
    for (const [character, size] of [
      ['\u007F', 1],
      ['\u0080', 2],
      ['\u07FF', 2],
      ['\u0800', 3],
      ['\uFFFF', 3],
      ['\u{10000}', 4],
    ] as const) {
      const fits = `${'x'.repeat(75 - size)}${character}`;
      expect(foldLine(fits), character).toBe(fits);
      const over = `${'x'.repeat(76 - size)}${character}`;
      expect(foldLine(over), character).toBe(`${'x'.repeat(76 - size)}\r\n ${character}`);
    }
  });

  test('ends every line of a document with CRLF', () => {
    expect(toContentLines(['BEGIN:X', 'END:X'])).toBe('BEGIN:X\r\nEND:X\r\n');
  });
});
