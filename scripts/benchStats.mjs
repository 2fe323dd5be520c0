// Small helpers shared by the benchmarks: order statistics and a description
// of the machine, since every figure depends on it.
import { cpus, loadavg, totalmem } from 'node:os';

/** The p-th percentile (0–100) by the nearest-rank method; the median is p = 50. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "2 × Intel Xeon …, 8 GB, Node 20.20.2, load 1.20 0.90 0.70" */
export function machineDescription() {
  const [cpu] = cpus();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  const memory = Math.round(totalmem() / 1024 ** 3);
  return `${cpus().length} × ${cpu?.model.trim() ?? 'unknown CPU'}, ${memory} GB, Node ${process.versions.node}, load average ${load}`;
}

/** A Markdown table; numbers right-aligned. */
export function markdownTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column].length)));
  const numeric = header.map((_, column) =>
    rows.every((row) => typeof row[column] === 'number' || /^[\d.,]+( ?\w+)?$/.test(String(row[column]))),
  );
  const line = (row) =>
    `| ${row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
