import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LOCAL_SITE_URL, normalizeBasePath, readSiteConfig } from './siteConfig';

const build = { local: false };

test('a build without SITE_URL fails, and says how to set it or build for local preview', () => {
  expect(() => readSiteConfig({}, build)).toThrow(/SITE_URL is not set.*npm run build -- --local/s);
  expect(() => readSiteConfig({ SITE_URL: '' }, build)).toThrow(/SITE_URL is not set/);
});

test('a local build and the dev server are the local preview at the root', () => {
  expect(readSiteConfig({}, { local: true })).toEqual({ origin: new URL(LOCAL_SITE_URL).origin, basePath: '/' });
  expect(readSiteConfig({ SITE_URL: 'https://example.org' }, { local: true }).origin).toBe('https://example.org');
});

test('SITE_URL gives the origin, and its path is the base path', () => {
  expect(readSiteConfig({ SITE_URL: 'https://user.github.io/repo' }, build)).toEqual({
    origin: 'https://user.github.io',
    basePath: '/repo/',
  });
  expect(readSiteConfig({ URL: 'https://kdd.netlify.app' }, build).origin).toBe('https://kdd.netlify.app');
});

test('BASE_PATH is normalized to start and end with one slash', () => {
  expect(readSiteConfig({ SITE_URL: 'https://example.org', BASE_PATH: 'some//sub/path' }, build).basePath).toBe(
    '/some/sub/path/',
  );
  expect(normalizeBasePath('/')).toBe('/');
  expect(normalizeBasePath('')).toBe('/');
});

test('a SITE_URL path and BASE_PATH that disagree fail the build, as do other schemes', () => {
  expect(() => readSiteConfig({ SITE_URL: 'https://example.org/a/', BASE_PATH: '/b/' }, build)).toThrow(/disagree/);
  expect(readSiteConfig({ SITE_URL: 'https://example.org/a/', BASE_PATH: 'a' }, build).basePath).toBe('/a/');
  expect(() => readSiteConfig({ SITE_URL: 'ftp://example.org' }, build)).toThrow(/http/);
});

test('npm run build without SITE_URL stops before building anything', { timeout: 120_000 }, () => {
  const outDir = mkdtempSync(join(tmpdir(), 'kdd-build-'));
  try {
    const unset = new Set(['SITE_URL', 'URL', 'LOCAL_BUILD']);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name)));
    const result = spawnSync('node', ['scripts/build.mjs', '--outDir', outDir], { env, encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('SITE_URL is not set');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
