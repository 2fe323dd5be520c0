import { event } from '../../data/event';
import { itemHeading } from '../../data/itemHeading';
import { getOrganisation } from '../../data/organisations';
import { people, type Person } from '../../data/people';

// Link previews show these: one or two plain sentences, from the data.

export function peopleDescription(): string {
  return `The ${people.length} people who spoke at or led sessions of ${event.name}: ${people.map((person) => person.name).join(', ')}. What each presented, and whom to contact at their agency.`;
}

export function personDescription(person: Person): string {
  const did = person.appearances.map(({ day, item }) => `${itemHeading(item)} (${day.label})`).join('; ');
  return `${person.name}, ${person.title}, ${getOrganisation(person.organisation).name}, at ${event.name}: ${did}.`;
}
