// The byte budget, run by CI after the build: first-load JavaScript, CSS and
// every page's HTML, each gzipped at level 9, and the Hangul font's file bytes
// on pages that show Hangul, against the limits in byteBudget.mjs. Prints a table and exits non-zero when anything is over.
// Per-route chunks come from Vite's manifest (build.manifest in vite.config.ts).
// Usage: node scripts/budget.mjs [--dir dist] [--base /]   (npm run budget)
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkBudgets,
  fontFiles,
  formatReport,
  groupFirstLoads,
  gzipSize,
  pageAssets,
  routeChunks,
  showsHangul,
} from './byteBudget.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const dir = values.dir;

const files = (await readdir(dir, { recursive: true })).map((file) => file.split('\\').join('/'));
const pages = files.filter((file) => file.endsWith('.html')).sort();
if (pages.length === 0) throw new Error(`${dir}/ holds no HTML: run npm run build first`);

const sizes = {};
const measure = async (file) => {
  sizes[file] ??= gzipSize(await readFile(join(dir, file)));
};

const pageScripts = {};
const styles = new Set();
// The Hangul face a page's language draws with (src/styles/tokens.css): Korean pages the edition's cut.
const familyOf = (html) => (/<html[^>]*\slang="ko"/.test(html) ? 'KDD Hangul Korean' : 'KDD Hangul');
const hangulPages = {};
for (const page of pages) {
  await measure(page);
  const html = await readFile(join(dir, page), 'utf8');
  if (showsHangul(html)) (hangulPages[familyOf(html)] ??= []).push(page);
  const assets = pageAssets(html, values.base);
  pageScripts[page] = assets.scripts;
  for (const style of assets.styles) styles.add(style);
}
// Every stylesheet counts, whether a page links it or a route loads it later.
for (const file of files.filter((name) => name.endsWith('.css'))) styles.add(file);
for (const file of [...Object.values(pageScripts).flat(), ...styles]) await measure(file);
const fontsByFamily = {};
for (const style of styles) {
  for (const [family, files] of Object.entries(fontFiles(await readFile(join(dir, style), 'utf8'), values.base)))
    fontsByFamily[family] = [...new Set([...(fontsByFamily[family] ?? []), ...files])];
}
for (const font of Object.values(fontsByFamily).flat()) sizes[font] = (await stat(join(dir, font))).size;

const manifest = await readFile(join(dir, '.vite/manifest.json'), 'utf8').then(JSON.parse, () => undefined);
const firstLoads = groupFirstLoads(pageScripts);
const routes = manifest
  ? routeChunks(
      manifest,
      firstLoads.flatMap((load) => load.files),
    )
  : [];
for (const file of routes.flatMap((route) => route.files)) await measure(file);

const rows = checkBudgets({
  firstLoads,
  styles: [...styles].sort(),
  pages,
  sizes,
  fonts: Object.entries(hangulPages).map(([family, pagesWithHangul]) => ({
    family,
    files: [...(fontsByFamily[family] ?? [])].sort(),
    pages: pagesWithHangul,
  })),
});
console.log(formatReport(rows, routes, sizes));
if (!manifest) console.log(`\n(${dir}/.vite/manifest.json is missing, so the chunks per route are not listed.)`);
if (rows.some((row) => !row.ok)) process.exitCode = 1;
