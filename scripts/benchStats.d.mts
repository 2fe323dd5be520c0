// Types for benchStats.mjs, which Node runs as plain JavaScript.
export function percentile(values: number[], p: number): number;
export function median(values: number[]): number;
export function machineDescription(): string;
export function markdownTable(header: string[], rows: (string | number)[][]): string;
