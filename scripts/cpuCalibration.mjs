// Sets Chromium's CPU slowdown so that a page runs at a reference device's
// speed on any host, the way Chrome DevTools calibrates its CPU throttling
// presets (front_end/panels/mobile_throttling/CalibrationController.ts): time
// Lighthouse's BenchmarkIndex, a fixed JavaScript workload, in the page, then
// choose the slowdown at which the throttled page scores the reference's index.
// A fixed slowdown instead makes a faster host look like a faster phone.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';

/**
 * The reference: DevTools' "mid-tier mobile" preset, a Pixel 5-class phone
 * (BenchmarkIndex 1000 in its calibration). See docs/PERFORMANCE.md for why.
 */
export const REFERENCE = { name: 'mid-tier phone (Pixel 5 class)', benchmarkIndex: 1000 };

// The throttled index may miss the reference by this much before the slowdown is adjusted again.
export const TOLERANCE = 0.05;

/** The slowdown that takes a host of `hostIndex` to `targetIndex`: never a speed-up. */
export function slowdownFor(hostIndex, targetIndex) {
  return Math.max(1, hostIndex / targetIndex);
}

/** Lighthouse's BenchmarkIndex of the page's renderer at its current CPU throttling: the median of `times` runs. */
async function benchmarkIndex(page, times) {
  const indexes = [];
  for (let run = 0; run < times; run += 1) indexes.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
  return indexes.sort((a, b) => a - b)[Math.floor(times / 2)];
}

/**
 * Measures the host and returns the slowdown that brings a page to the
 * reference speed, with the host's index and the index measured at that slowdown.
 */
export async function calibrate(browser, reference = REFERENCE) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  try {
    // The first run also warms V8 up: it is not counted.
    await benchmarkIndex(page, 1);
    const hostIndex = await benchmarkIndex(page, 3);
    let slowdown = slowdownFor(hostIndex, reference.benchmarkIndex);
    let throttledIndex = hostIndex;
    // Throttling is not exactly proportional: measure at the slowdown and correct it, as DevTools does.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      throttledIndex = await benchmarkIndex(page, 3);
      if (slowdown === 1 || Math.abs(throttledIndex / reference.benchmarkIndex - 1) <= TOLERANCE) break;
      slowdown = Math.max(1, (slowdown * throttledIndex) / reference.benchmarkIndex);
    }
    return { hostIndex, slowdown, throttledIndex };
  } finally {
    await page.close();
  }
}
