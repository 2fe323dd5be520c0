// npm run bench:lighthouse: builds the site, serves dist/ gzipped with its
// _headers (as a CDN would), runs Lighthouse in its default mobile mode
// several times per route, and prints the median of each figure.
// Usage: node scripts/benchLighthouse.mjs [--runs 3] [--port 4180] [--no-build] [--throttling devtools]
//          [--route /contacts ...] [--no-system-cjk-font]
// --throttling devtools slows the network and CPU for real while the page loads
// (Lighthouse's "applied" throttling) instead of simulating the load from an
// unthrottled one; the default, simulate, is what Lighthouse reports by default.
// --route limits the run to the routes given. --no-system-cjk-font hides the
// machine's CJK fonts (Debian's fonts-noto-cjk) from Chromium through a
// fontconfig file, as on a machine that has none: Hangul then comes from the
// site's own face or not at all.
// Needs Chromium (CHROME_PATH, default /usr/bin/chromium). Reports of every
// run go to test-results/lighthouse/.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { machineDescription, markdownTable, median } from './benchStats.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startDistServer } from './startDistServer.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.PORT ?? '4180' },
    'no-build': { type: 'boolean', default: false },
    throttling: { type: 'string', default: 'simulate' },
    route: { type: 'string', multiple: true },
    'no-system-cjk-font': { type: 'boolean', default: false },
  },
});
if (!['simulate', 'devtools'].includes(values.throttling)) throw new Error('--throttling is simulate or devtools');
const runs = Number(values.runs);
const origin = `http://127.0.0.1:${values.port}`;
const noCjk = values['no-system-cjk-font'];
const outDir = `test-results/lighthouse${values.throttling === 'simulate' ? '' : '-devtools'}${noCjk ? '-no-cjk' : ''}`;
const chromePath = process.env.CHROME_PATH ?? chromiumPath;
const chromeFlags = ['--headless=new', ...chromiumArgs];

const routes = values.route ?? [
  '/',
  '/agenda/2023-03-22',
  '/mou',
  '/contacts',
  '/contacts?agency=kisa',
  '/agencies',
  '/agencies/kisa',
  '/search?q=cyber',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};
const targets = { score: 100, LCP: 1200, TBT: 50, CLS: 0 };

if (!values['no-build']) run('npm', ['run', 'build', '--', '--local']);
await mkdir(outDir, { recursive: true });
const fontconfig = noCjk ? await withoutCjkFonts(outDir) : {};
const server = await startDistServer(['--port', values.port, '--gzip'], origin);
const loadBefore = machineDescription();
const results = [];
try {
  for (const route of routes) {
    const samples = [];
    for (let index = 1; index <= runs; index += 1) {
      const report = await lighthouse(route, join(outDir, `${slug(route)}-${index}.json`));
      samples.push(summarise(report));
      process.stdout.write(`  ${route} run ${index}/${runs}: ${formatSample(samples.at(-1))}\n`);
    }
    results.push({ route, samples, median: medianOf(samples), flagged: flaggedAudits(samples) });
  }
} finally {
  server.kill();
}

const table = markdownTable(
  ['Route', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
  results.map(({ route, median: m }) => [
    `\`${route}\``,
    ...categories.map((category) => m[category]),
    `${(m.FCP / 1000).toFixed(2)} s`,
    `${(m.LCP / 1000).toFixed(2)} s`,
    `${Math.round(m.TBT)} ms`,
    m.CLS.toFixed(3),
  ]),
);
const summary = {
  date: new Date().toISOString(),
  lighthouse: lighthouseVersion(),
  chromium: chromiumVersion(),
  machineBefore: loadBefore,
  machineAfter: machineDescription(),
  runs,
  results,
};
await writeFile(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

console.log(
  `\nLighthouse ${summary.lighthouse}, mobile (${values.throttling === 'simulate' ? 'default simulated' : 'applied (devtools)'} throttling), median of ${runs} runs per route`,
);
console.log(`${summary.date.slice(0, 16).replace('T', ' ')} UTC, ${summary.chromium}`);
console.log(`Machine at start: ${summary.machineBefore}\nMachine at end:   ${summary.machineAfter}\n`);
console.log(table);

const misses = results.flatMap(({ route, median: m }) => [
  ...categories
    .filter((category) => m[category] < targets.score)
    .map((category) => `${route}: ${category} ${m[category]}`),
  ...(m.LCP > targets.LCP ? [`${route}: LCP ${Math.round(m.LCP)} ms > ${targets.LCP} ms`] : []),
  ...(m.TBT > targets.TBT ? [`${route}: TBT ${Math.round(m.TBT)} ms > ${targets.TBT} ms`] : []),
  ...(m.CLS > targets.CLS ? [`${route}: CLS ${m.CLS} > 0`] : []),
]);
console.log(
  misses.length === 0
    ? '\nEvery route meets the targets: 100 in each category, LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS 0.'
    : `\nTargets missed:\n  ${misses.join('\n  ')}`,
);
for (const { route, flagged } of results) {
  if (flagged.length > 0) console.log(`\nAudits below full marks on ${route}:\n  ${flagged.join('\n  ')}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function lighthouse(route, outputPath) {
  const args = [
    `${origin}${route}`,
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    `--throttling-method=${values.throttling}`,
    '--quiet',
  ];
  // Lighthouse now and then loses its own trace of the load (NO_NAVSTART) and exits with an error; that run is
  // made again, up to twice, rather than ending the bench.
  for (let attempt = 1; ; attempt += 1) {
    const result = spawnSync('node_modules/.bin/lighthouse', args, {
      stdio: 'inherit',
      env: { ...process.env, ...fontconfig, CHROME_PATH: chromePath },
    });
    if (result.status === 0) return JSON.parse(await readFile(outputPath, 'utf8'));
    if (attempt === 3) throw new Error(`Lighthouse failed on ${route}, three times`);
    process.stdout.write(`  ${route}: Lighthouse failed; running it again\n`);
  }
}

/** A fontconfig file that keeps the system's fonts but for Noto CJK, for Chromium's environment. */
async function withoutCjkFonts(dir) {
  const file = join(dir, 'fonts-without-cjk.conf');
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="no">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>/usr/share/fonts/*/noto*/*CJK*</glob></rejectfont></selectfont>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: resolve(file) };
}

function summarise(report) {
  const sample = { audits: {} };
  for (const category of categories) sample[category] = Math.round((report.categories[category]?.score ?? 0) * 100);
  for (const [name, id] of Object.entries(metrics)) sample[name] = report.audits[id]?.numericValue ?? NaN;
  for (const category of categories) {
    for (const { id, weight } of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[id];
      if (audit && audit.score !== null && audit.score < 1 && (weight > 0 || category !== 'performance')) {
        sample.audits[id] = audit.title;
      }
    }
  }
  return sample;
}

function medianOf(samples) {
  const result = {};
  for (const key of [...categories, ...Object.keys(metrics)])
    result[key] = median(samples.map((sample) => sample[key]));
  return result;
}

function flaggedAudits(samples) {
  const all = new Map(samples.flatMap((sample) => Object.entries(sample.audits)));
  return [...all].map(([id, title]) => `${id}: ${title}`);
}

function formatSample(sample) {
  const scores = categories.map((category) => sample[category]).join('/');
  return `${scores}, FCP ${Math.round(sample.FCP)} ms, LCP ${Math.round(sample.LCP)} ms, TBT ${Math.round(sample.TBT)} ms, CLS ${sample.CLS.toFixed(3)}`;
}

function slug(route) {
  return route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
}

function lighthouseVersion() {
  return spawnSync('node_modules/.bin/lighthouse', ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function chromiumVersion() {
  return spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.trim() || chromePath;
}
