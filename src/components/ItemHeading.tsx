import { itemHeading } from '../data/itemHeading';
import type { AgendaItem } from '../data/types';
import { useLocale } from '../i18n/catalogue';

/**
 * An item's heading (data/itemHeading.ts) as text in the page: a talk's title
 * is quoted as published, in English. On a Korean page the topic (our words)
 * is still the English one, marked as such, until the agenda's messages carry
 * Korean topics.
 */
export function ItemHeading({ item }: { item: Pick<AgendaItem, 'title' | 'topic'> }) {
  const locale = useLocale();
  const heading = itemHeading(item);
  return locale === 'en' ? heading : <span lang="en">{heading}</span>;
}
