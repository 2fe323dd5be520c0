import { expect, test } from 'vitest';
import { slugFromHash } from './slugFromHash';

test('a hash names its slug, with or without #, percent-encoded or not, in any letter case', () => {
  expect(slugFromHash('#enhancing-cyber-security-and-resilience')).toBe('enhancing-cyber-security-and-resilience');
  expect(slugFromHash('enhancing-cyber-security-and-resilience')).toBe('enhancing-cyber-security-and-resilience');
  expect(slugFromHash('#Enhancing-Cyber-Security-And-Resilience')).toBe('enhancing-cyber-security-and-resilience');
  expect(slugFromHash('#MOU-SIGNING')).toBe('mou-signing');
  expect(slugFromHash('#mou%2Dsigning')).toBe('mou-signing');
  expect(slugFromHash('#%20closing-ceremony%20')).toBe('closing-ceremony');
});

test('a hash that is not slug-shaped names nothing', () => {
  for (const hash of [
    '',
    '#',
    '#-mou',
    '#mou-',
    '#mou--signing',
    '#mou signing',
    '#mou_signing',
    '#%E0%A4%A',
    '#한국',
  ]) {
    expect(slugFromHash(hash), hash).toBe('');
  }
});

test('a hash only drops one leading #', () => {
  expect(slugFromHash('##mou-signing')).toBe('');
});

test('a slug of up to 200 characters is read; a longer one, or a hash too long to decode, names nothing', () => {
  expect(slugFromHash(`#${'a'.repeat(200)}`)).toBe('a'.repeat(200));
  expect(slugFromHash(`#${'a'.repeat(201)}`)).toBe('');
  // Up to 600 characters after the # are decoded (a 200-character slug, every character encoded); 601 are not.
  expect(slugFromHash(`#${'%61'.repeat(200)}`)).toBe('a'.repeat(200));
  expect(slugFromHash(`#${'%20'.repeat(199)}abc`)).toBe('abc');
  expect(slugFromHash(`#${'%20'.repeat(199)}abcd`)).toBe('');
  expect(slugFromHash(`${'%20'.repeat(199)}abcd`)).toBe('');
});
