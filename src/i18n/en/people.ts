// The people list and each person's page; also the agenda items' kind badges
// (lib/kindLabel.ts), which every page that shows an item loads from here.
// `{event}` is a slot for the event's name, quoted in English (components/Fill.tsx).
const people = {
  listTitle: 'People',
  listDescription: (count: number, eventName: string, names: readonly string[]) =>
    `The ${count} people who spoke at or led sessions of ${eventName}: ${names.join(', ')}. What each presented, and whom to contact at their agency.`,
  personDescription: (name: string, title: string, organisation: string, eventName: string, did: string) =>
    `${name}, ${title}, ${organisation}, at ${eventName}: ${did}.`,
  listIntro:
    'The people who spoke at or led the sessions, in programme order, with their titles as the press release gives them.',
  asPublished: 'As published',
  title: 'Title',
  organisation: 'Organisation',
  atEvent: 'At {event}',
  otherPeople: 'Other people',
  contactsAt: (shortName: string) => `Contacts at ${shortName}`,
  contactsIntro: (shortName: string) =>
    `The release gives no way to reach the speaker directly. These are ${shortName}’s head and point of contact, as listed in the release.`,
  about: (shortName: string) => `About ${shortName}`,
  inDirectory: (shortName: string) => `${shortName} in the contact directory`,
  notFoundHeading: 'No such person',
  notFoundBody: (requested: string) =>
    `There is no one at “${requested}” among the people who spoke at or led the sessions in the press release. They are:`,
  /** Our translations of speakers' titles as published, by the English; none in English. */
  titleGlosses: {} as Readonly<Record<string, string>>,
};

export default people;
