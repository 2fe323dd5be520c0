// Types for cpuCalibration.mjs, which Node runs as plain JavaScript.
import type { Browser } from '@playwright/test';

export const REFERENCE: { name: string; benchmarkIndex: number };
export const TOLERANCE: number;
export function slowdownFor(hostIndex: number, targetIndex: number): number;
export function calibrate(
  browser: Browser,
  reference?: { name: string; benchmarkIndex: number },
): Promise<{ hostIndex: number; slowdown: number; throttledIndex: number }>;
