import { eventStory } from '../../data/eventStory';
import type { EventStory, Organisation } from '../../data/types';
import { plural } from '../plural';
import type { ByKey } from './agenda';

const none: ByKey = {};
const story: Pick<EventStory, 'summary' | 'purpose' | 'significance'> = eventStory;
const sectors: readonly string[] = eventStory.bestPracticeSectors;

// The front page. Its prose is the data's (src/data/eventStory.ts) in English;
// the Korean catalogue translates it, keyed by the data's fields and ids.
const overview = {
  /** In Korean, that the edition is our translation and the English release rules; none in English. */
  translationNote: '',
  story,
  /** The sectors whose best practices were shared, in the data's order. */
  sectors,
  /** Each context entry's name and description, by id. */
  contextNames: none,
  contextDescriptions: none,
  coHostedBy: (hosts: string) => `Co-hosted by ${hosts}`,
  hostName: (host: Organisation) => host.name,
  hostSeparator: '; ',
  atAGlance: 'At a glance',
  dates: 'Dates',
  days: (count: number) => `${count} ${plural(count, 'en', { one: 'day', other: 'days' })}`,
  hosts: 'Hosts',
  notInRelease: 'Not in the release',
  notInReleaseValue: 'Session times, venue and e-mail addresses, so this site shows none',
  theMou: 'The MoU',
  /** Around the date the MoU was signed. */
  signed: { before: 'Signed ', after: '.' },
  addEventToCalendar: 'Add the event to your calendar',
  calendarHint: 'One all-day entry per day, with its programme.',
  programmeByDay: 'The programme by day',
  entries: 'The agreement, the people and the data',
  mouCard: (parties: string, binding: boolean, years: number, areas: number) =>
    `Signed by ${parties}: a ${binding ? 'binding' : 'non-binding'} understanding for ${years} ${plural(years, 'en', { one: 'year', other: 'years' })}, across ${areas} ${plural(areas, 'en', { one: 'area', other: 'areas' })} of cooperation.`,
  contacts: 'Contacts',
  contactsCard: (agencies: string, count: number) =>
    `Whom to call at ${agencies}: ${count} ${plural(count, 'en', { one: 'person', other: 'people' })}, a head and a point of contact at each, with numbers for callers in Korea and abroad.`,
  agencies: 'Agencies',
  agenciesCard: 'What each agency presented, whom to call there, and the MoU areas its work relates to:',
  openData: 'Open data',
  openDataCard:
    'The whole event as JSON, with its JSON Schema, and the contacts and the agenda as CSV, free to reuse with the source credited.',
  whyHeld: 'Why it was held',
  bestPractices: (sectors: readonly string[]) => `Best practices shared: ${sectors.join(', ')}.`,
  /** Around the people the release names in the audience. */
  audience: {
    label: 'Audience: ',
    before: (organisation: Organisation) => `${organisation.name} staff, including `,
    after: '.',
    /** Between two people, and before the last. */
    between: ', ',
    beforeLast: ', and ',
  },
  /** Around "Minister of Science and ICT Lee Jong-Ho". */
  ledBy: { before: (organisation: Organisation) => `${organisation.shortName} is led by `, after: '.' },
  context: 'Context',
  /** Our translation of the Deputy Minister's words; none in English. */
  quoteGloss: '',
  /** The line under the quote: the organisation's name. */
  organisationName: (organisation: Organisation) => organisation.name,
  /** A link preview's description of the front page. */
  description: (eventName: string, dates: string, hosts: string, agencies: string) =>
    `${eventName}, ${dates}, co-hosted by ${hosts}: the programme by day, the MoU on digital development cooperation, and whom to contact at ${agencies}.`,
};

export default overview;
