import { expect, test } from 'vitest';
import { canonicalPathname } from './canonicalPathname';

test('a path in another letter case, or naming a folder’s index.html, is the lower-case folder', () => {
  expect(canonicalPathname('/AGENDA/2023-03-22')).toBe('/agenda/2023-03-22');
  expect(canonicalPathname('/Contacts/INDEX.HTML')).toBe('/contacts');
  expect(canonicalPathname('/agenda/2023-03-22/index.html')).toBe('/agenda/2023-03-22');
  expect(canonicalPathname('/index.html')).toBe('/');
});

test('a canonical path, with or without a trailing slash, stays as it is', () => {
  for (const path of ['/', '/mou', '/mou/', '/agencies/k-data']) expect(canonicalPathname(path)).toBe(path);
});

test('only a whole index.html segment is the folder, however many there are', () => {
  expect(canonicalPathname('/agenda/2023-03-22/not-index.html')).toBe('/agenda/2023-03-22/not-index.html');
  expect(canonicalPathname('/mou/index.html/INDEX.html')).toBe('/mou');
});

test('percent-escapes and letters outside ASCII keep their case', () => {
  expect(canonicalPathname('/AGENDA/%3Cscript%3E')).toBe('/agenda/%3Cscript%3E');
  expect(canonicalPathname('/agenda/%3Cscript%3E')).toBe('/agenda/%3Cscript%3E');
  expect(canonicalPathname('/Agencies/Ä')).toBe('/agencies/Ä');
  expect(canonicalPathname('/A/%%7B%aB')).toBe('/a/%%7B%aB');
});
