import { event } from '../../data/event';
import { itemHeading } from '../../data/itemHeading';
import { localOrganisationName } from '../../components/localOrganisationName';
import { people, type Person } from '../../data/people';
import { messagesOf } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import type { Locale } from '../../i18n/locales';

// Link previews show these: one or two plain sentences, from the data.

export function peopleDescription(locale: Locale): string {
  return messagesOf(locale, 'people').listDescription(
    people.length,
    event.name,
    people.map((person) => person.name),
  );
}

export function personDescription(person: Person, locale: Locale): string {
  const did = person.appearances.map(({ day, item }) => `${itemHeading(item)} (${dayLabel(day, locale)})`).join('; ');
  return messagesOf(locale, 'people').personDescription(
    person.name,
    person.title,
    localOrganisationName(person.organisation, locale),
    event.name,
    did,
  );
}
