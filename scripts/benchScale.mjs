// npm run bench:scale: builds the app with the synthetic event at 100× the
// real one (DATASET=scale: 300 agenda items, 5,000 contacts, 50 agencies),
// serves it, and measures it in Chromium with the CPU slowed 4×:
//   - keystroke → filtered directory painted, over every keystroke of a script
//     of searches typed and erased one character at a time, once per run (p50, p95);
//   - /contacts and a day page: opened cold, and reached by a click in the app.
// Usage: node scripts/benchScale.mjs [--port 4185] [--runs 3] [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { machineDescription, markdownTable, median, percentile } from './benchStats.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startDistServer } from './startDistServer.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4185' },
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const origin = `http://127.0.0.1:${values.port}`;
const outDir = 'dist-scale';
const CPU_SLOWDOWN = 4;
const CONTACTS = 5000;
const DAY = { path: '/agenda/2023-03-21', items: 100 };
// What a keystroke changes in the directory: the count and the list (not, say,
// the Copy link that follows the URL once typing pauses).
const DIRECTORY = '[role="status"], .contact-group, .empty-state';
// Searches a person might type, each typed then erased one key at a time.
const SEARCHES = ['kim', 'cyber security', 'team leader', 'kisa', 'busan data'];

if (!values['no-build']) run('node', ['scripts/build.mjs', '--local', '--outDir', outDir], { DATASET: 'scale' });
const server = await startDistServer(['--dir', outDir, '--port', values.port], origin);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const machineBefore = machineDescription();
const figures = { cold: { contacts: [], day: [] }, inApp: { contacts: [], day: [] }, keystrokes: [] };
try {
  for (let index = 1; index <= runs; index += 1) {
    figures.cold.contacts.push(await coldLoad('/contacts', contactsComplete));
    figures.cold.day.push(await coldLoad(DAY.path, dayComplete));
    figures.inApp.contacts.push(await inAppNavigation('/', 'Contacts', contactsComplete));
    figures.inApp.day.push(await inAppNavigation('/contacts', 'Agenda', dayComplete));
    figures.keystrokes.push(await keystrokes());
    console.log(`  run ${index}/${runs} done`);
  }
} finally {
  await browser.close();
  server.kill();
}

const medianOf = (samples, key) => median(samples.map((sample) => sample[key]));
const latenciesOf = (strokes) => strokes.map((stroke) => stroke.latency);
const latencies = figures.keystrokes.flatMap(latenciesOf);
const keystrokeRow = (label, values) => [
  label,
  values.length,
  ms(percentile(values, 50)),
  ms(percentile(values, 95)),
  ms(Math.max(...values)),
];
const summary = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  cpuSlowdown: CPU_SLOWDOWN,
  machineBefore,
  machineAfter: machineDescription(),
  runs,
  figures,
};
await mkdir('test-results/scale', { recursive: true });
await writeFile('test-results/scale/summary.json', `${JSON.stringify(summary, null, 2)}\n`);

console.log(
  `\nScale benchmark: ${CONTACTS} contacts, 300 agenda items; Chromium ${summary.chromium}, CPU ${CPU_SLOWDOWN}× slower`,
);
console.log(`${summary.date.slice(0, 16).replace('T', ' ')} UTC`);
console.log(`Machine at start: ${summary.machineBefore}\nMachine at end:   ${summary.machineAfter}\n`);
console.log(
  markdownTable(
    ['Keystroke → filtered directory painted', 'Keystrokes', 'p50', 'p95', 'Max'],
    [
      ...figures.keystrokes.map((strokes, index) => keystrokeRow(`Run ${index + 1}`, latenciesOf(strokes))),
      keystrokeRow('All runs', latencies),
    ],
  ),
);
console.log('');
console.log(
  markdownTable(
    [`Opened cold (median of ${runs})`, 'FCP', 'LCP', 'Interactive (hydrated)'],
    [
      ['`/contacts`', ...coldCells(figures.cold.contacts)],
      [`\`${DAY.path}\``, ...coldCells(figures.cold.day)],
    ],
  ),
);
console.log('');
console.log(
  markdownTable(
    [`Reached by a click in the app (median of ${runs})`, 'Click → page painted'],
    [
      ['`/contacts`, from the overview (Contacts)', ms(medianOf(figures.inApp.contacts, 'complete'))],
      [`\`${DAY.path}\`, from the directory (Agenda)`, ms(medianOf(figures.inApp.day, 'complete'))],
    ],
  ),
);
const target = 50;
const p95 = percentile(latencies, 95);
console.log(`\nTarget: p95 ≤ ${target} ms per keystroke: ${p95 <= target ? 'met' : 'MISSED'} (${ms(p95)}).`);

function ms(value) {
  return `${Math.round(value)} ms`;
}

function coldCells(samples) {
  return ['fcp', 'lcp', 'interactive'].map((key) => ms(medianOf(samples, key)));
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A fresh page with the CPU slowed and the measuring helpers installed before any script of the app. */
async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(installProbes);
  return page;
}

function contactsComplete() {
  return /Showing (all|the first)/.test(document.querySelector('[role="status"]')?.textContent ?? '');
}

function dayComplete() {
  return document.querySelectorAll('main article').length >= 100;
}

async function coldLoad(path, complete) {
  const page = await newPage();
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const result = await page.evaluate(`window.__probe.cold(${complete})`);
  await page.close();
  return result;
}

async function inAppNavigation(from, linkName, complete) {
  const page = await newPage();
  await page.goto(`${origin}${from}`, { waitUntil: 'load' });
  await page.evaluate('window.__probe.quiet(500)');
  await page.evaluate('window.__probe.arm("click")');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: linkName }).click();
  const result = await page.evaluate(`window.__probe.settled(${complete})`);
  await page.close();
  return result;
}

async function keystrokes() {
  const page = await newPage();
  await page.goto(`${origin}/contacts`, { waitUntil: 'load' });
  await page.evaluate(`window.__probe.cold(${contactsComplete})`);
  await page.getByRole('searchbox', { name: 'Search contacts' }).focus();
  const strokes = [];
  for (const search of SEARCHES) {
    const keys = [...[...search].map((key) => (key === ' ' ? 'Space' : key)), ...[...search].map(() => 'Backspace')];
    for (const key of keys) {
      await page.evaluate(`window.__probe.arm("keydown", ${JSON.stringify(DIRECTORY)}, ".directory__results")`);
      await page.keyboard.press(key);
      const { complete } = await page.evaluate('window.__probe.settled(() => true)');
      const shown = await page.getByRole('status').textContent();
      strokes.push({ key, latency: complete, shown });
    }
    console.log(
      `  typed and erased “${search}”: worst ${ms(Math.max(...strokes.slice(-keys.length).map((s) => s.latency)))}`,
    );
  }
  await page.close();
  return strokes;
}

/**
 * Runs in the page. "Painted" is taken as the first task after the next
 * animation frame: by then the frame that shows the change has been drawn.
 */
function installProbes() {
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  let armed;
  // The app enables its controls once it has hydrated the prerendered page.
  let interactiveAt;
  const watchHydration = () => {
    const controls = document.querySelectorAll('main button, main input');
    if (controls.length > 0 && ![...controls].some((control) => control.disabled)) interactiveAt = performance.now();
    else requestAnimationFrame(watchHydration);
  };
  requestAnimationFrame(watchHydration);

  window.__probe = {
    /** Resolves once no long task has run for `ms`; with the time the last one ended. */
    async quiet(ms) {
      for (;;) {
        const last = longTasks.at(-1);
        const end = last ? last.startTime + last.duration : 0;
        if (performance.now() - end >= ms) return end;
        await sleep(50);
      }
    },
    /**
     * Figures for a page opened cold: first and largest contentful paint; interactive, when
     * the prerendered page has hydrated (its controls stay disabled until then); settled.
     */
    async cold(complete) {
      while (!complete()) await sleep(10);
      for (let waited = 0; interactiveAt === undefined && waited < 20_000; waited += 10) await sleep(10);
      const settled = await this.quiet(1000);
      const paints = performance.getEntriesByType('paint');
      const lcp = await new Promise((resolve) =>
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        }),
      );
      const fcp = paints.find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? NaN;
      return { fcp, lcp, interactive: interactiveAt ?? NaN, settled: Math.max(settled, interactiveAt ?? 0) };
    },
    /**
     * Starts timing at the next event of this type, and notes the paint after every change to
     * the page, or, given `watched` (a selector), only to what it selects and to the children
     * of `list` (a selector): what the user waits for, not what follows later.
     */
    arm(type, watched, list) {
      const state = { start: undefined, lastChange: 0, lastPaint: 0 };
      const notePaint = () => {
        state.lastChange = performance.now();
        afterPaint().then((time) => (state.lastPaint = Math.max(state.lastPaint, time)));
      };
      const counts = (record) => {
        if (!watched) return true;
        const element = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
        return Boolean(element?.closest(watched) || (record.type === 'childList' && element?.matches(list)));
      };
      addEventListener(type, (event) => (state.start ??= event.timeStamp), { capture: true, once: true });
      addEventListener('input', notePaint, { capture: true, once: true });
      const observer = new MutationObserver((records) => {
        if (records.some(counts)) notePaint();
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      armed = { state, observer };
    },
    /** Once the page is complete and has not changed for half a second: the time from the event to the last paint. */
    async settled(complete) {
      const { state, observer } = armed;
      for (;;) {
        await sleep(50);
        const idle = performance.now() - Math.max(state.lastChange, state.lastPaint);
        if (state.start !== undefined && state.lastPaint > 0 && idle > 500 && complete()) break;
      }
      observer.disconnect();
      return { complete: state.lastPaint - state.start };
    },
  };
}
