import { slugify } from '../lib/slugify';
import { days } from './agenda';
import type { AgendaItem, EventDay, Speaker } from './types';

export interface Appearance {
  day: EventDay;
  item: AgendaItem;
}

/** Someone who spoke at or led a session, with what they did, in programme order. */
export interface Person extends Speaker {
  slug: string;
  appearances: Appearance[];
}

/** "Hur Sung-Wook" → "hur-sung-wook": a person's address, from their name as published. */
export function personSlug(name: string): string {
  return slugify(name);
}

/**
 * Everyone the agenda names as a speaker, in the order they first appear. People the
 * release names only as context (the Minister, the President) are no item's speakers.
 */
export const people: readonly Person[] = (() => {
  const bySlug = new Map<string, Person>();
  for (const day of days) {
    for (const item of day.items) {
      for (const speaker of item.speakers) {
        const slug = personSlug(speaker.name);
        const person = bySlug.get(slug) ?? { ...speaker, slug, appearances: [] };
        person.appearances.push({ day, item });
        bySlug.set(slug, person);
      }
    }
  }
  return [...bySlug.values()];
})();

export function findPerson(slug: string): Person | undefined {
  return people.find((person) => person.slug === slug);
}
