// Build step, run last: takes the Content-Security-Policy from dist/_headers
// (copied from public/_headers), adds the sha256 hash of every inline script
// and style the built pages hold, and writes the policy back to dist/_headers
// and into a <meta> tag in every page, for hosts that cannot send headers.
// Usage: node scripts/applyCsp.mjs [dir]   (default: dist)
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  forbiddenAttributes,
  formatPolicy,
  hashSource,
  inlineCode,
  metaPolicy,
  parseHeadersFile,
  parsePolicy,
  withMetaPolicy,
  withSources,
} from './securityHeaders.mjs';

const CSP_LINE = /^(\s+Content-Security-Policy:\s*)(.*)$/gim;

export async function applyCsp(dir = 'dist') {
  const headersPath = join(dir, '_headers');
  const headersText = await readFile(headersPath, 'utf8');
  const everyPage = parseHeadersFile(headersText).find((rule) => rule.pattern === '/*');
  const policyText = everyPage?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!policyText) throw new Error(`${headersPath} has no Content-Security-Policy for /*`);
  if (/'unsafe-/.test(policyText)) throw new Error(`${headersPath}: 'unsafe-…' sources defeat the policy`);

  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(join(dir, file), 'utf8') })));

  const forbidden = pages.flatMap(({ file, html }) => forbiddenAttributes(html).map((found) => `${file}: ${found}`));
  if (forbidden.length > 0) {
    throw new Error(`Inline attributes that the Content-Security-Policy would block:\n${forbidden.join('\n')}`);
  }

  const unique = (values) => [...new Set(values)];
  const scriptHashes = unique(pages.flatMap(({ html }) => inlineCode(html).scripts.map(hashSource)));
  const styleHashes = unique(pages.flatMap(({ html }) => inlineCode(html).styles.map(hashSource)));
  const withHashes = (text) =>
    formatPolicy(withSources(withSources(parsePolicy(text), 'script-src', scriptHashes), 'style-src', styleHashes));

  const policy = withHashes(policyText);
  await writeFile(
    headersPath,
    headersText.replace(CSP_LINE, (_line, name, value) => `${name}${withHashes(value)}`),
  );
  const meta = formatPolicy(metaPolicy(parsePolicy(policy)));
  await Promise.all(pages.map(({ file, html }) => writeFile(join(dir, file), withMetaPolicy(html, meta))));

  return { pages: files.length, scriptHashes, styleHashes, policy };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const { pages, scriptHashes, styleHashes, policy } = await applyCsp(dir);
  console.log(
    `Content-Security-Policy applied to ${pages} page(s) in ${dir}/, with ${scriptHashes.length} inline script and ${styleHashes.length} inline style hash(es):\n  ${policy}`,
  );
}
