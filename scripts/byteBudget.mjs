// The pure parts of the byte budget (scripts/budget.mjs): what a page loads,
// what each route adds, and whether the sizes fit.
import { gzipSync } from 'node:zlib';

/**
 * Limits in gzip bytes, but for fonts: WOFF2 is compressed already, so its
 * file bytes count. 1 KB is 1,000 bytes, as Vite reports sizes.
 */
export const BUDGETS = { firstLoadJs: 105_000, css: 10_000, html: 30_000, font: 30_000 };

/** Size after gzip at level 9, which is what `gzip -9` and most CDNs send. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/**
 * The JavaScript and CSS a page asks for before any script runs: module
 * scripts, modulepreloads and stylesheets, as paths inside the built site
 * (`base` removed). Links to other hosts are left out.
 */
export function pageAssets(html, base = '/') {
  const tags = html.match(/<(?:script|link)\b[^>]*>/gi) ?? [];
  const assets = { scripts: [], styles: [] };
  for (const tag of tags) {
    const attribute = (name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag) && attribute('type') === 'module';
    const rel = attribute('rel')?.toLowerCase();
    const url = isScript ? attribute('src') : attribute('href');
    if (!url || /^([a-z]+:)?\/\//i.test(url)) continue;
    const path = sitePath(url, base);
    if (isScript || rel === 'modulepreload') assets.scripts.push(path);
    else if (rel === 'stylesheet') assets.styles.push(path);
  }
  return { scripts: [...new Set(assets.scripts)], styles: [...new Set(assets.styles)] };
}

/** The WOFF2 files a stylesheet's @font-face rules name, as paths inside the built site, by font family. */
export function fontFiles(css, base = '/') {
  const files = {};
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    const family = rule.match(/font-family:\s*["']?([^"';]+)/i)?.[1];
    const url = rule.match(/url\(\s*["']?([^"')]+\.woff2)\b/i)?.[1];
    if (!family || !url) continue;
    files[family] = [...new Set([...(files[family] ?? []), sitePath(url, base)])];
  }
  return files;
}

/** Whether a page has Hangul to show, so the browser fetches the Hangul face. */
export function showsHangul(html) {
  return /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]/u.test(html);
}

function sitePath(url, base) {
  const path = url.split(/[?#]/)[0];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(prefix)) return path.slice(prefix.length);
  return path.replace(/^\.?\//, '');
}

/**
 * What each route adds on navigation, from Vite's manifest: every chunk its
 * code-split parts import, less what the first load already brought.
 * Keys are route paths, such as `/agenda/$day`.
 */
export function routeChunks(manifest, firstLoad) {
  const loaded = new Set(firstLoad);
  const routes = new Map();
  const collect = (key, into, seen) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (!loaded.has(chunk.file)) into.add(chunk.file);
    for (const imported of chunk.imports ?? []) collect(imported, into, seen);
  };
  for (const key of Object.keys(manifest)) {
    const route = routePath(key);
    if (!route) continue;
    if (!routes.has(route)) routes.set(route, new Set());
    collect(key, routes.get(route), new Set());
  }
  return [...routes].map(([route, files]) => ({ route, files: [...files].sort() })).sort(byRoute);
}

/** "src/routes/agenda/$day.tsx?tsr-split=component" → "/agenda/$day"; undefined for other modules. */
export function routePath(moduleId) {
  const match = moduleId.match(/^src\/routes\/(.+)\.[jt]sx?\?tsr-split=/);
  if (!match) return undefined;
  const path = `/${match[1]}`.replace(/\/index$/, '').replace(/\/route$/, '');
  return path === '' ? '/' : path;
}

function byRoute(a, b) {
  return a.route.localeCompare(b.route);
}

/**
 * One row per budgeted figure. `sizes` maps a file to its gzip size (a font to
 * its file size); `firstLoads` lists each distinct set of scripts the pages
 * load, with the pages that load it; `fonts` per Hangul face, the files a page
 * that shows Hangul in it may load (each weight, at worst), with those pages.
 */
export function checkBudgets({ firstLoads, styles, pages, sizes, fonts }, budgets = BUDGETS) {
  const total = (files) => files.reduce((sum, file) => sum + (sizes[file] ?? 0), 0);
  const row = (label, files, bytes, limit) => ({ label, files, bytes, limit, ok: bytes <= limit });
  return [
    ...firstLoads.map(({ files, pages: loadedBy }) =>
      row(`First-load JS (${describePages(loadedBy)})`, files, total(files), budgets.firstLoadJs),
    ),
    row('CSS', styles, total(styles), budgets.css),
    ...(fonts ?? [])
      .filter((face) => face.pages.length > 0)
      .map((face) =>
        row(
          `Hangul font${face.family ? ` '${face.family}'` : ''}, file bytes (${describePages(face.pages)})`,
          face.files,
          total(face.files),
          budgets.font,
        ),
      ),
    ...pages.map((page) => row(`HTML ${page}`, [], sizes[page] ?? 0, budgets.html)),
  ];
}

function describePages(pages) {
  return pages.length === 1 ? pages[0] : `${pages.length} pages`;
}

/**
 * Groups pages by the set of scripts they load, so identical first loads are
 * reported once. Pages that load no script (a redirect) are left out.
 */
export function groupFirstLoads(pageScripts) {
  const groups = new Map();
  for (const [page, scripts] of Object.entries(pageScripts)) {
    if (scripts.length === 0) continue;
    const key = [...scripts].sort().join('\n');
    if (!groups.has(key)) groups.set(key, { files: scripts, pages: [] });
    groups.get(key).pages.push(page);
  }
  return [...groups.values()];
}

export function formatKb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** A plain-text table: each budget with its files indented under it, then the routes. */
export function formatReport(rows, routes, sizes) {
  const lines = [];
  const width = Math.max(48, ...rows.map((entry) => entry.label.length + 2));
  const line = (label, bytes, limit = '', status = '') =>
    lines.push(`${label.padEnd(width)}${bytes.padStart(10)}${limit.padStart(11)}  ${status}`.trimEnd());
  line('Budget (gzip -9, 1 KB = 1,000 bytes)', 'size', 'limit', 'status');
  for (const entry of rows) {
    line(entry.label, formatKb(entry.bytes), formatKb(entry.limit), entry.ok ? 'ok' : 'OVER');
    if (entry.files.length > 0) for (const file of entry.files) line(`  ${file}`, formatKb(sizes[file] ?? 0));
  }
  if (routes.length > 0) {
    lines.push('', 'Loaded on navigation, on top of the first load (not budgeted):');
    for (const { route, files } of routes) {
      const bytes = files.reduce((sum, file) => sum + (sizes[file] ?? 0), 0);
      line(`  ${route}`, `+${formatKb(bytes)}`, '', files.join(', '));
    }
  }
  const over = rows.filter((entry) => !entry.ok);
  lines.push(
    '',
    over.length === 0
      ? 'Every figure is within its budget.'
      : `${over.length} over budget: ${over.map((entry) => `${entry.label} by ${formatKb(entry.bytes - entry.limit)}`).join('; ')}`,
  );
  return lines.join('\n');
}
