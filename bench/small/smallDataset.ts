import type { Plugin } from 'vite';
import { standInModules } from '../standInModules.ts';

/** The real data modules that hold facts about the event, and the small event's stand-ins. */
export const smallStandIns: Record<string, string> = {
  'src/data/agenda.ts': 'bench/small/data/agenda.ts',
  'src/data/contacts.ts': 'bench/small/data/contacts.ts',
  'src/data/event.ts': 'bench/small/data/event.ts',
  'src/data/eventStory.ts': 'bench/small/data/eventStory.ts',
  'src/data/itemSummaries.ts': 'bench/small/data/itemSummaries.ts',
  'src/data/mou.ts': 'bench/small/data/mou.ts',
  'src/data/organisations.ts': 'bench/small/data/organisations.ts',
};

/**
 * Builds and tests the app with the small event (DATASET=small, see
 * vite.config.ts and `npm run test:seam`): the seam between the app and its
 * data, proved by running the unchanged components over another event.
 */
export function smallDataset(root = process.cwd()): Plugin {
  return standInModules('small-dataset', smallStandIns, root);
}
