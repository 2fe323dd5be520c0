import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { headerNames, nginxHeaderMaps, nginxVariable } from '../scripts/nginxHeaders.mjs';
import { headersFor, parseHeadersFile } from '../scripts/securityHeaders.mjs';

// deploy/nginx.conf must send what _headers says; the browser tests run it on
// Debian's nginx (playwright.nginx.config.ts). These checks need no nginx.

const rules = parseHeadersFile(await readFile('public/_headers', 'utf8'));
const deployConf = await readFile('deploy/nginx.conf', 'utf8');

/** Each add_header line of a config with the blocks it sits in, e.g. ['server', 'location'] (comments left out). */
function addHeaders(conf: string): { line: string; blocks: string[] }[] {
  const blocks: string[] = [];
  const found: { line: string; blocks: string[] }[] = [];
  for (const line of conf.split('\n').map((text) => text.replace(/#.*/, '').trim())) {
    if (line.endsWith('{')) blocks.push(line.split(/\s/)[0] ?? '');
    else if (line === '}') blocks.pop();
    else if (line.startsWith('add_header ')) found.push({ line, blocks: [...blocks] });
  }
  return found;
}

test('deploy/nginx.conf sends each header of _headers once, from its map, in the server block only', () => {
  const lines = addHeaders(deployConf);
  expect(lines.map(({ line }) => line)).toEqual(
    headerNames(rules).map((name) => `add_header ${name} $${nginxVariable(name)} always;`),
  );
  // A location with an add_header of its own would silently drop every one of these.
  for (const { line, blocks } of lines) expect(blocks, line).toEqual(['server']);
});

test('the add_header check sees a header added in a location', () => {
  const withLocationHeader = deployConf.replace('location / {', 'location / {\n add_header X-Robots-Tag noindex;');
  expect(addHeaders(withLocationHeader).at(-1)).toEqual({
    line: 'add_header X-Robots-Tag noindex;',
    blocks: ['server', 'location'],
  });
});

/** What nginx does with a map: the first regex that matches the path gives the value, else the default. */
function mappedValue(maps: string, variable: string, path: string): string {
  const map = maps.split(`map $uri $${variable} {`)[1]?.split('\n}')[0] ?? '';
  for (const [, pattern, value] of map.matchAll(/^\s+"~(.+)" "(.*)";$/gm)) {
    if (new RegExp(pattern ?? '').test(path)) return value ?? '';
  }
  return '';
}

test('the nginx maps give each path the headers that _headers gives it, the later rule winning', () => {
  const maps = nginxHeaderMaps(rules);
  for (const path of [
    '/',
    '/agenda/2023-03-22',
    '/assets/index-BCocjg6Q.js',
    '/social-card.png',
    '/previews/agenda/2023-03-22.png',
    '/404.html',
  ]) {
    const fromMaps = Object.fromEntries(
      headerNames(rules).map((name) => [name, mappedValue(maps, nginxVariable(name), path)]),
    );
    expect(fromMaps, path).toEqual(headersFor(path, rules));
  }
  expect(mappedValue(maps, 'kdd_cache_control', '/assets/index-BCocjg6Q.js')).toBe(
    'public, max-age=31536000, immutable',
  );
});

test('a header value that nginx would read as a variable is refused', () => {
  expect(() => nginxHeaderMaps(parseHeadersFile('/*\n  X-Note: costs $5\n'))).toThrow(/nginx cannot carry/);
});
