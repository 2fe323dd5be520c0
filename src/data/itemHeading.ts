import type { AgendaItem } from './types';

/** An item's heading as the site shows it: a talk's title in quotes, as published, or else its topic. */
export function itemHeading(item: Pick<AgendaItem, 'title' | 'topic'>): string {
  return item.title ? `“${item.title}”` : item.topic;
}

/**
 * The heading in a page's language, given its topics by slug (the agenda
 * catalogue's): a title stays as published, a topic is ours and translated.
 */
export function itemHeadingIn(
  item: Pick<AgendaItem, 'slug' | 'title' | 'topic'>,
  topics: Readonly<Partial<Record<string, string>>>,
): string {
  return item.title ? `“${item.title}”` : (topics[item.slug] ?? item.topic);
}
