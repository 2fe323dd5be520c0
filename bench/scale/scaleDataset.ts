import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { standInModules } from '../standInModules.ts';
import { generateScaleEvent } from './generateScaleEvent.ts';

/** The real data modules and the scale modules that stand in for them. */
const standIns: Record<string, string> = {
  'src/data/agenda.ts': 'bench/scale/data/agenda.ts',
  'src/data/contacts.ts': 'bench/scale/data/contacts.ts',
  'src/data/itemSummaries.ts': 'bench/scale/data/itemSummaries.ts',
  'src/data/organisations.ts': 'bench/scale/data/organisations.ts',
};

/**
 * Builds the app with the scale event (DATASET=scale, see vite.config.ts):
 * every import of a real data module, except the stand-ins' own, resolves to
 * its stand-in, and the scale event is built in as a literal.
 */
export function scaleDataset(root = process.cwd()): Plugin {
  const scaleEventModule = resolve(root, 'bench/scale/scaleEvent.ts');
  return {
    ...standInModules('scale-dataset', standIns, root),
    // The scale event is a megabyte of literal, which is the point.
    config: () => ({ build: { chunkSizeWarningLimit: 2000 } }),
    load(id) {
      if (id !== scaleEventModule) return null;
      return `export const scaleEvent = ${JSON.stringify(generateScaleEvent())};\n`;
    },
  };
}
