import { slugify } from '../lib/slugify';
import { days } from './agenda';
import { contacts } from './contacts';
import { event, source } from './event';
import { context, eventStory, quote } from './eventStory';
import { itemSummaries } from './itemSummaries';
import { mou } from './mou';
import { mouTerms } from './mouTerms';
import { agencies, worldBank } from './organisations';

interface Programme {
  id: string;
  items: readonly { slug: string; speakers: readonly { name: string; title: string; organisation: string }[] }[];
}

export interface Person {
  /** The slug of the name: the person's id in the dataset and their page's address. */
  id: string;
  name: string;
  title: string;
  organisation: string;
  items: { day: string; slug: string }[];
}

/** The people who spoke at or led a session, in programme order, each with the items they took part in. */
export function speakersOf(programme: readonly Programme[]): Person[] {
  const people = new Map<string, Person>();
  for (const day of programme) {
    for (const item of day.items) {
      for (const { name, title, organisation } of item.speakers) {
        const id = slugify(name);
        const person = people.get(id) ?? { id, name, title, organisation, items: [] };
        person.items.push({ day: day.id, slug: item.slug });
        people.set(id, person);
      }
    }
  }
  return [...people.values()];
}

/** The whole event as one object: what /data publishes as JSON, and what the tests check against eventSchema. */
export const eventDataset = {
  event,
  eventStory,
  source,
  days,
  people: speakersOf(days),
  agencies,
  worldBank,
  contacts,
  mou,
  mouTerms,
  itemSummaries,
  context,
  quote,
};
