import type { AgendaItem } from './types';

/** An item's heading as the site shows it: a talk's title in quotes, as published, or else its topic. */
export function itemHeading(item: Pick<AgendaItem, 'title' | 'topic'>): string {
  return item.title ? `“${item.title}”` : item.topic;
}
