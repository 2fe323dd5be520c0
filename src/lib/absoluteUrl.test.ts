import { expect, test } from 'vitest';
import { absoluteUrl } from './absoluteUrl';

// Unit tests run in Node, with no window, and with the local build's site, http://127.0.0.1:4173 at the root.
test('an app path becomes the site’s absolute address', () => {
  expect(absoluteUrl('/agenda/2023-03-22')).toBe('http://127.0.0.1:4173/agenda/2023-03-22');
  expect(absoluteUrl('/contacts?agency=kisa')).toBe('http://127.0.0.1:4173/contacts?agency=kisa');
  expect(absoluteUrl('/')).toBe('http://127.0.0.1:4173/');
});
