import { expect, test } from 'vitest';
import { isPermissive, productionPackages, shippedDevPackages } from '../scripts/licenses.mjs';

test('permissive licences pass, copyleft and unknown ones do not', () => {
  for (const licence of ['MIT', 'ISC', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'CC0-1.0', 'Unlicense']) {
    expect(isPermissive(licence), licence).toBe(true);
  }
  for (const licence of [
    'GPL-3.0-only',
    'AGPL-3.0',
    'LGPL-2.1',
    'UNKNOWN',
    'SEE LICENSE IN LICENSE.md',
    '',
    undefined,
  ]) {
    expect(isPermissive(licence), String(licence)).toBe(false);
  }
});

test('SPDX expressions: a choice needs one permissive option, a conjunction needs all', () => {
  expect(isPermissive('(MIT OR GPL-3.0-only)')).toBe(true);
  expect(isPermissive('MIT AND GPL-3.0-only')).toBe(false);
  expect(isPermissive('(MIT AND Zlib) OR GPL-2.0')).toBe(true);
  expect(isPermissive('Apache-2.0 WITH LLVM-exception')).toBe(true);
  expect(isPermissive('(MIT')).toBe(false);
});

test('the walk finds every production dependency, transitive ones included, and no dev tool', () => {
  const names = productionPackages().map((pkg) => pkg.name);
  expect(names).toEqual(
    expect.arrayContaining(['react', 'react-dom', 'scheduler', '@tanstack/react-router', '@tanstack/history']),
  );
  expect(names).not.toContain('vitest');
  expect(names).not.toContain('fast-check');
  expect(new Set(names).size).toBe(names.length);
});

test('the dev dependency whose output ships, the Hangul font, is under the licence the build honours', () => {
  expect(shippedDevPackages()).toEqual([expect.objectContaining({ name: 'pretendard-gov', licence: 'OFL-1.1' })]);
  expect(productionPackages().map((pkg) => pkg.name)).not.toContain('pretendard-gov');
});
