import { smallEvent } from '../smallEvent';

// Stands in for src/data/itemSummaries.ts in a DATASET=small build; the helper is the real one's.
export const itemSummaries: Readonly<Record<string, string>> = smallEvent.summaries;

export function summaryOf(slug: string): string {
  return itemSummaries[slug] ?? '';
}
