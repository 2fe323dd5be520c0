import type { AgendaItem } from '../data/types';
import { useMessages } from '../i18n/catalogue';
import { OrEnglish } from './OrEnglish';
import { Quoted } from './Quoted';

/**
 * An item's heading: a talk's title quoted as published, in English, with our
 * translation on Korean pages; or else its topic, in the page's language.
 */
export function ItemHeading({ item }: { item: Pick<AgendaItem, 'slug' | 'title' | 'topic'> }) {
  const t = useMessages('agenda');
  return item.title ? (
    <Quoted text={`“${item.title}”`} gloss={t.titleGlosses[item.slug]} />
  ) : (
    <OrEnglish text={t.topics[item.slug]} english={item.topic} />
  );
}
