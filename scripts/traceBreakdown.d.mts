// Types for traceBreakdown.mjs, which Node runs as plain JavaScript.
export const TRACE_CATEGORIES: string[];
export function breakDownTrace(
  trace: { traceEvents: object[] } | object[],
  latencies: number[],
  only?: (latency: number) => boolean,
): { parts: { name: string; perKeystroke: number; share: number }[] };
