import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  fontFiles,
  formatReport,
  groupFirstLoads,
  gzipSize,
  pageAssets,
  routeChunks,
  routePath,
  showsHangul,
} from '../scripts/byteBudget.mjs';

const builtPage = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-AbC.js"></script>
<link rel="modulepreload" crossorigin href="/assets/link-XyZ.js">
<link rel="stylesheet" crossorigin href="/assets/index-Css.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<script type="module" src="https://cdn.example.com/other.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('what a page loads first', () => {
  test('the entry script and every modulepreload, then the stylesheets; no icons, no other hosts', () => {
    expect(pageAssets(builtPage)).toEqual({
      scripts: ['assets/index-AbC.js', 'assets/link-XyZ.js'],
      styles: ['assets/index-Css.css'],
    });
  });

  test('under a base path, and with relative URLs', () => {
    const html =
      '<script type="module" src="/sub/site/assets/a.js"></script><link href="./assets/b.js" rel=modulepreload>';
    expect(pageAssets(html, '/sub/site/').scripts).toEqual(['assets/a.js', 'assets/b.js']);
  });

  test('pages that load the same scripts are reported once; pages that load none, not at all', () => {
    const groups = groupFirstLoads({
      'index.html': ['a.js', 'b.js'],
      'mou/index.html': ['b.js', 'a.js'],
      '404.html': ['a.js'],
      'agenda/index.html': [],
    });
    expect(groups).toEqual([
      { files: ['a.js', 'b.js'], pages: ['index.html', 'mou/index.html'] },
      { files: ['a.js'], pages: ['404.html'] },
    ]);
  });
});

describe('the Hangul font', () => {
  test('the WOFF2 files a stylesheet names, by family, under a base path too', () => {
    const css =
      "@font-face{font-family:'H';src:url(/sub/assets/h-400.woff2)format('woff2')}" +
      "@font-face{font-family:'H';src:url('/sub/assets/h-700.woff2')}" +
      "@font-face{font-family:'H';src:url(/sub/assets/h-400.woff2)}.x{background:url(/sub/assets/a.svg)}" +
      '@font-face{font-family:"H Korean";src:url(/sub/assets/k-400.woff2)}';
    expect(fontFiles(css, '/sub/')).toEqual({
      H: ['assets/h-400.woff2', 'assets/h-700.woff2'],
      'H Korean': ['assets/k-400.woff2'],
    });
  });

  test('a page shows Hangul when its text holds any', () => {
    expect(showsHangul('<span lang="ko">과학기술정보통신부</span>')).toBe(true);
    expect(showsHangul('<p>Korea Digital Days</p>')).toBe(false);
  });
});

describe('what each route adds', () => {
  test('route paths from the split modules of file routes', () => {
    expect(routePath('src/routes/index.tsx?tsr-split=component')).toBe('/');
    expect(routePath('src/routes/agenda/$day.tsx?tsr-split=notFoundComponent')).toBe('/agenda/$day');
    expect(routePath('src/routes/agenda/index.tsx?tsr-split=component')).toBe('/agenda');
    expect(routePath('src/data/mou.ts')).toBeUndefined();
  });

  test('each route counts its chunks and what they import, less the first load', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        imports: ['_link.js'],
        dynamicImports: ['src/routes/mou.tsx?tsr-split=component'],
      },
      '_link.js': { file: 'assets/link.js' },
      '_mou.js': { file: 'assets/mou-data.js', imports: ['index.html'] },
      'src/routes/mou.tsx?tsr-split=component': {
        file: 'assets/mou.js',
        imports: ['_mou.js', '_link.js', 'index.html'],
      },
      'src/routes/index.tsx?tsr-split=component': { file: 'assets/routes.js', imports: ['_mou.js', 'index.html'] },
    };
    expect(routeChunks(manifest, ['assets/index.js', 'assets/link.js'])).toEqual([
      { route: '/', files: ['assets/mou-data.js', 'assets/routes.js'] },
      { route: '/mou', files: ['assets/mou-data.js', 'assets/mou.js'] },
    ]);
  });
});

describe('checking the budgets', () => {
  const sizes = { 'a.js': 80_000, 'b.js': 24_000, 'c.css': 3_000, 'index.html': 2_000, 'big/index.html': 31_000 };
  const measured = {
    firstLoads: [{ files: ['a.js', 'b.js'], pages: ['index.html', 'big/index.html'] }],
    styles: ['c.css'],
    pages: ['index.html', 'big/index.html'],
    sizes,
  };

  test('sums the first load and the CSS, and checks every page on its own', () => {
    const rows = checkBudgets(measured);
    expect(rows.map(({ label, bytes, ok }) => [label, bytes, ok])).toEqual([
      ['First-load JS (2 pages)', 104_000, true],
      ['CSS', 3_000, true],
      ['HTML index.html', 2_000, true],
      ['HTML big/index.html', 31_000, false],
    ]);
  });

  test('the font counts on pages that show Hangul, in file bytes, and fails one byte over', () => {
    const fonts = [{ family: 'H', files: ['h-400.woff2', 'h-700.woff2'], pages: ['index.html'] }];
    const withFonts = { ...measured, sizes: { ...sizes, 'h-400.woff2': 15_000, 'h-700.woff2': 15_001 }, fonts };
    expect(checkBudgets(withFonts)[2]).toMatchObject({
      label: "Hangul font 'H', file bytes (index.html)",
      bytes: 30_001,
      ok: false,
    });
    expect(checkBudgets({ ...withFonts, fonts: [{ family: 'H', files: ['h-400.woff2'], pages: [] }] })).toHaveLength(4);
  });

  test('a first load one byte over its limit fails', () => {
    const rows = checkBudgets(measured, { ...BUDGETS, firstLoadJs: 103_999 });
    expect(rows[0]).toMatchObject({ bytes: 104_000, ok: false });
  });

  test('the report lists each figure against its limit and names what is over', () => {
    const report = formatReport(checkBudgets(measured), [{ route: '/mou', files: ['mou.js'] }], {
      ...sizes,
      'mou.js': 1_234,
    });
    expect(report).toMatch(/First-load JS \(2 pages\)\s+104\.0 KB\s+105\.0 KB\s+ok/);
    expect(report).toMatch(/^ {2}a\.js\s+80\.0 KB$/m);
    expect(report).toMatch(/HTML big\/index\.html\s+31\.0 KB\s+30\.0 KB\s+OVER/);
    expect(report).toMatch(/\/mou\s+\+1\.2 KB\s+mou\.js/);
    expect(report).toMatch(/1 over budget: HTML big\/index\.html by 1\.0 KB$/);
  });
});

test('gzip sizes are those of level 9', () => {
  const text = 'Korea Digital Days '.repeat(500);
  expect(gzipSize(text)).toBeLessThan(200);
  expect(gzipSize(randomBytes(5000))).toBeGreaterThan(5000);
});
