import { scaleEvent } from '../scaleEvent';

// Stands in for src/data/itemSummaries.ts in a DATASET=scale build; the helper is the real one's.
export const itemSummaries: Readonly<Record<string, string>> = scaleEvent.summaries;

export function summaryOf(slug: string): string {
  return itemSummaries[slug] ?? '';
}
