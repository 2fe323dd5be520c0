import { counted } from './counted';

// The open-data page. `{title}`-style slots are filled by components/Fill.tsx.
const data = {
  pageTitle: 'Open data',
  pageDescription: 'The event’s days, people, agencies, contacts and MoU as JSON and CSV, under KOGL Type 1.',
  lede: 'Everything this site shows, as files to reuse: the whole event as JSON with a JSON Schema beside it, and the contacts and the agenda as CSV. They are built from the same data as these pages, whenever the site is built.',
  downloads: 'Downloads',
  csvFormat:
    'The CSV files follow RFC 4180: a header row, commas between fields, quotes around fields that need them, and a line break of CR LF after every row. They are UTF-8 with a byte-order mark, so that Excel shows the Korean agency names correctly.',
  files: {
    json: {
      label: 'The whole event',
      holds: 'Days and their items, people, agencies, contacts, the MoU and its terms, the context and the source.',
    },
    schema: {
      label: 'Its schema',
      holds: 'Every field of the JSON file, its type and the pattern it follows, in JSON Schema draft 2020-12.',
    },
    contacts: {
      label: 'Contacts',
      holds:
        'One row per contact, with the agency’s English and Korean names and the phone number as published, in international form and as a tel: link.',
    },
    agenda: {
      label: 'Agenda',
      holds: 'One row per item, in the release’s order within each day, with its speakers and a summary.',
    },
  },
  holdsHeading: 'What it holds',
  holds: (counts: { days: number; items: number; people: number; agencies: number; contacts: number; areas: number }) =>
    `${counted(counts.days, 'day', 'days')} with ${counted(counts.items, 'agenda item', 'agenda items')}, ${counted(counts.people, 'person', 'people')} who spoke or led a session, ${counted(counts.agencies, 'agency', 'agencies')}, ${counted(counts.contacts, 'contact', 'contacts')}, and the MoU with its ${counted(counts.areas, 'area', 'areas')} of cooperation. Every fact comes from the press release; the Korean names of the agencies are their official names, which the release does not give.`,
  noFrab:
    'The release gives no session times, durations, rooms, venue or e-mail addresses, and the data has none. That is also why there is no schedule in the frab format that conference apps read: it needs a start time, a duration and a room for every session, and inventing them would mislead.',
  licenceHeading: 'Licence and credit',
  licence: (publisher: string, licence: string) =>
    `The release is published by the ${publisher} under the ${licence}: you may copy, adapt and share it, also commercially, as long as you indicate the source. Credit it like this:`,
  /** The credit line; `{title}` is the release's title, quoted in English. */
  credit: (publisher: string, kind: string) => `Source: ${publisher}, ${kind} “{title}”, KOGL Type 1`,
  /** "and link to [the release on the ministry’s English site]." */
  linkToRelease: { before: 'and link to ', link: 'the release on the ministry’s English site', after: '.' },
  idsHeading: 'Stable ids',
  ids: 'Every day, item, person, agency and contact has an id, and it is the one this site’s addresses use. Ids are never reused for something else, so a link built from them keeps working.',
  idKinds: {
    day: ['Day', 'its date, e.g. 2023-03-22'],
    item: ['Agenda item', 'its slug, unique across the days'],
    person: ['Person', 'the slug of their name'],
    agency: ['Agency', 'its short name in lower case'],
    contact: ['Contact', 'the slug of their name'],
  } as Readonly<Record<'day' | 'item' | 'person' | 'agency' | 'contact', readonly [string, string]>>,
};

export default data;
