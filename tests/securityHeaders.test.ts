import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { applyCsp } from '../scripts/applyCsp.mjs';
import { hashSource, headersFor, parseHeadersFile } from '../scripts/securityHeaders.mjs';

const shipped = await readFile('public/_headers', 'utf8');
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function builtSite(pages: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'csp-'));
  await cp('public/_headers', join(dir, '_headers'));
  for (const [file, html] of Object.entries(pages)) await writeFile(join(dir, file), html);
  return dir;
}

const page = (head = '', body = '') =>
  `<!doctype html><html><head><meta charset="UTF-8" /><title>t</title>${head}<script type="module" src="/assets/app.js"></script></head><body>${body}</body></html>`;

test('public/_headers sends the strict policy and the other security headers to every path', () => {
  const headers = headersFor('/agenda/2023-03-22', parseHeadersFile(shipped));
  expect(headers).toMatchObject({
    'Content-Security-Policy': POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  expect(headers['Permissions-Policy']).toMatch(/^accelerometer=\(\), /);
});

test('public/_headers asks for HTTPS, isolates the site from other origins and forbids framing', () => {
  expect(headersFor('/mou', parseHeadersFile(shipped))).toMatchObject({
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
});

test('link-preview images may be shown by other sites; pages and scripts stay for this site alone', () => {
  const rules = parseHeadersFile(shipped);
  for (const image of ['/social-card.png', '/previews/index.png', '/previews/agencies/kisa.png']) {
    expect(headersFor(image, rules)['Cross-Origin-Resource-Policy'], image).toBe('cross-origin');
  }
  for (const path of ['/previews', '/agenda/2023-03-22', '/assets/index-BCocjg6Q.js']) {
    expect(headersFor(path, rules)['Cross-Origin-Resource-Policy'], path).toBe('same-origin');
  }
});

test('pages are revalidated on every visit, and content-hashed assets are kept for a year', () => {
  const rules = parseHeadersFile(shipped);
  for (const page of ['/', '/agenda/2023-03-22', '/contacts', '/404.html', '/sitemap.xml']) {
    expect(headersFor(page, rules)['Cache-Control'], page).toBe('no-cache');
  }
  expect(headersFor('/assets/index-BCocjg6Q.js', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
});

test('the build puts the policy in a meta tag, without the header-only frame-ancestors', async () => {
  const site = await builtSite({ 'index.html': page() });
  await applyCsp(site);
  const html = await readFile(join(site, 'index.html'), 'utf8');
  expect(html).toContain(
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY.replace("; frame-ancestors 'none'", '')}" />`,
  );
  expect(await readFile(join(site, '_headers'), 'utf8')).toBe(shipped);
});

test('an inline script is allowed by its hash, in the headers and in the meta tag, never by unsafe-inline', async () => {
  const state = 'window.__STATE__ = {"day":"2023-03-22"}';
  const site = await builtSite({ 'index.html': page(`<script>${state}</script>`), 'mou.html': page() });
  const result = await applyCsp(site);
  const hash = hashSource(state);
  expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  expect(result.scriptHashes).toEqual([hash]);
  const headers = headersFor('/', parseHeadersFile(await readFile(join(site, '_headers'), 'utf8')));
  expect(headers['Content-Security-Policy']).toContain(`script-src 'self' ${hash};`);
  for (const file of ['index.html', 'mou.html']) {
    expect(await readFile(join(site, file), 'utf8')).toContain(`script-src 'self' ${hash};`);
  }
  expect(headers['Content-Security-Policy']).not.toContain("'unsafe-");
});

test('running the step twice changes nothing more', async () => {
  const site = await builtSite({ 'index.html': page('<script>1</script>') });
  await applyCsp(site);
  const once = [await readFile(join(site, 'index.html'), 'utf8'), await readFile(join(site, '_headers'), 'utf8')];
  await applyCsp(site);
  expect([await readFile(join(site, 'index.html'), 'utf8'), await readFile(join(site, '_headers'), 'utf8')]).toEqual(
    once,
  );
});

test('the build refuses inline style and event-handler attributes, which no hash can allow', async () => {
  const site = await builtSite({
    'index.html': page('', '<p style="color:red">x</p><button onclick="go()">go</button>'),
  });
  await expect(applyCsp(site)).rejects.toThrow(
    /index\.html: style= in <p style="color:red">\nindex\.html: onclick= in <button/,
  );
});

test("the build refuses a policy loosened with 'unsafe-inline'", async () => {
  const site = await builtSite({ 'index.html': page() });
  await writeFile(join(site, '_headers'), shipped.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"));
  await expect(applyCsp(site)).rejects.toThrow(/'unsafe-…' sources defeat the policy/);
});
