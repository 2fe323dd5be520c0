import { expect, test } from 'vitest';
import { localeOfPath, localizedPath, withoutLocale } from './locales';

test('a path under /ko is Korean, in any letter case; every other path is English', () => {
  for (const path of ['/ko', '/ko/', '/ko/mou', '/ko/agenda/2023-03-22', '/KO/mou'])
    expect(localeOfPath(path), path).toBe('ko');
  for (const path of ['/', '/mou', '/korea', '/kob/mou', '/agencies/ko', ''])
    expect(localeOfPath(path), path).toBe('en');
});

test('the route a Korean path shows is the path without /ko, and /ko alone is the overview', () => {
  expect(withoutLocale('/ko/mou')).toBe('/mou');
  expect(withoutLocale('/ko/agenda/2023-03-22')).toBe('/agenda/2023-03-22');
  expect(withoutLocale('/ko')).toBe('/');
  expect(withoutLocale('/ko/')).toBe('/');
  expect(withoutLocale('/KO/mou')).toBe('/mou');
  expect(withoutLocale('/mou')).toBe('/mou');
  expect(withoutLocale('/korea')).toBe('/korea');
  expect(withoutLocale('/agencies/ko')).toBe('/agencies/ko');
});

test('a Korean page’s address puts /ko before the route; an English one is the route', () => {
  expect(localizedPath('/mou', 'ko')).toBe('/ko/mou');
  expect(localizedPath('/', 'ko')).toBe('/ko/');
  expect(localizedPath('/mou', 'en')).toBe('/mou');
  expect(localizedPath('/', 'en')).toBe('/');
});
