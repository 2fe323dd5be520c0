// npm run bench:unit: runs the Vitest benchmarks in bench/ and prints, for each
// function, its median time at each number of contacts and how that time grows
// against the number of contacts (linear growth gives a ratio equal to the
// growth in contacts; less is better than linear).
// Usage: node scripts/benchUnit.mjs
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { machineDescription, markdownTable } from './benchStats.mjs';

const output = 'test-results/bench-unit.json';
const machine = machineDescription();
const run = spawnSync('npx', ['vitest', 'bench', '--run', `--outputJson=${output}`], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const { files } = JSON.parse(await readFile(output, 'utf8'));
const byName = new Map();
for (const group of files.flatMap((file) => file.groups)) {
  const size = Number(group.fullName.match(/(\d+) contacts/)?.[1]);
  for (const benchmark of group.benchmarks) {
    if (!byName.has(benchmark.name)) byName.set(benchmark.name, []);
    byName.get(benchmark.name).push({ size, median: benchmark.median, samples: benchmark.sampleCount });
  }
}

const format = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
const rows = [];
for (const [name, results] of byName) {
  results.sort((a, b) => a.size - b.size);
  results.forEach((result, index) => {
    const previous = results[index - 1];
    const growth = previous
      ? `×${(result.median / previous.median).toFixed(1)} for ×${result.size / previous.size} contacts`
      : '';
    rows.push([name, result.size.toLocaleString('en'), format(result.median), growth]);
  });
}
console.log(`\nMedian time per call (${machine})\n`);
console.log(markdownTable(['Function', 'Contacts', 'Median', 'Growth'], rows));
