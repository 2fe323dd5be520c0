import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { fuzzRuns } from './urlProperties';

test('each property runs 1,000 cases by default, and as many as FUZZ_RUNS asks for', () => {
  expect(fuzzRuns({})).toBe(1_000);
  expect(fuzzRuns({ FUZZ_RUNS: '10000' })).toBe(10_000);
  expect(fuzzRuns({ FUZZ_RUNS: '50' })).toBe(50);
  for (const unusable of ['', '0', '-5', 'many', '1.5'])
    expect(fuzzRuns({ FUZZ_RUNS: unusable }), unusable).toBe(1_000);
});

test('CI runs the full 10,000 cases per property', async () => {
  expect(await readFile('.ci/run', 'utf8')).toMatch(/^FUZZ_RUNS=10000 npm test$/m);
});
