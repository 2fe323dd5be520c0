import { expect, test } from 'vitest';
import { DEFAULT_SITE_URL, normalizeBasePath, readSiteConfig } from './siteConfig';

test('without settings the site is the local preview at the root', () => {
  expect(readSiteConfig({})).toEqual({ origin: new URL(DEFAULT_SITE_URL).origin, basePath: '/' });
});

test('SITE_URL gives the origin, and its path is the base path', () => {
  expect(readSiteConfig({ SITE_URL: 'https://user.github.io/repo' })).toEqual({
    origin: 'https://user.github.io',
    basePath: '/repo/',
  });
  expect(readSiteConfig({ URL: 'https://kdd.netlify.app' }).origin).toBe('https://kdd.netlify.app');
});

test('BASE_PATH is normalized to start and end with one slash', () => {
  expect(readSiteConfig({ SITE_URL: 'https://example.org', BASE_PATH: 'some//sub/path' }).basePath).toBe(
    '/some/sub/path/',
  );
  expect(normalizeBasePath('/')).toBe('/');
  expect(normalizeBasePath('')).toBe('/');
});

test('a SITE_URL path and BASE_PATH that disagree fail the build, as do other schemes', () => {
  expect(() => readSiteConfig({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' })).toThrow(/disagree/);
  expect(readSiteConfig({ SITE_URL: 'https://example.org/a/', BASE_PATH: 'a' }).basePath).toBe('/a/');
  expect(() => readSiteConfig({ SITE_URL: 'ftp://example.org' })).toThrow(/http/);
});
