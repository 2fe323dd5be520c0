import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { inlineStylesheet } from '../scripts/inlineStylesheet.mjs';

test('each page gets the stylesheet it linked as a <style>, under any base path, "$" and "<" intact', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'inline-css-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'mou'));
  const css = '.a::before{content:"$&"}@media (width<=30rem){.b{color:red}}';
  await writeFile(join(dir, 'assets/index-abc.css'), `${css}\n`);
  const page = (href: string) =>
    `<head><link rel="stylesheet" crossorigin href="${href}"><link rel="icon" href="/favicon.svg"></head>`;
  await writeFile(join(dir, 'index.html'), page('/assets/index-abc.css'));
  await writeFile(join(dir, 'mou/index.html'), page('/some/sub/path/assets/index-abc.css'));
  await writeFile(join(dir, 'redirect.html'), '<head><meta http-equiv="refresh" content="0; url=/"></head>');

  const result = await inlineStylesheet(dir);

  expect(result).toEqual({ pages: 2, stylesheets: ['assets/index-abc.css'] });
  for (const file of ['index.html', 'mou/index.html']) {
    expect(await readFile(join(dir, file), 'utf8')).toBe(
      `<head><style>${css}</style><link rel="icon" href="/favicon.svg"></head>`,
    );
  }
  expect(await readFile(join(dir, 'redirect.html'), 'utf8')).not.toContain('<style>');
});
