import { mou } from '../../data/mou';
import { worldBank } from '../../data/organisations';
import type { AgencyGroup, AgencyId, ContactRole, MouArea, OrganisationId } from '../../data/types';
import { plural } from '../plural';

const search = {
  pageDescription: (eventName: string) =>
    `Search ${eventName}: the programme, speakers, agencies, contacts and the MoU’s areas of cooperation.`,
  pageTitle: (query: string) => (query ? `Search: ${query}` : 'Search'),
  /** The page as the link notices name it. */
  reader: 'the search page',
  heading: 'Search',
  noScript:
    'Search needs JavaScript, which is off in this browser, so no results are shown. The agenda, agencies and contacts pages show everything without it.',
  form: 'Search page',
  field: 'Search the agenda, people, agencies, contacts and MoU areas',
  fieldHint: 'Case, accents, hyphens and spaces don’t matter; Korean names and phone numbers work too.',
  /** `query` comes quoted: “kisa”. */
  resultsFor: (count: number, query: string) =>
    `${count} ${plural(count, 'en', { one: 'result', other: 'results' })} for ${query}`,
  noResultsFor: (query: string) => `No results for ${query}`,
  tryThese: 'Try one of these:',
  orTryThese: 'Or try one of these:',
  problemHelp: 'Type a name, a word or a phone number.',
  nothingMatches: (query: string) => `Nothing matches ${query}`,
  spellingHelp: 'Check the spelling, or use fewer words: a result must contain every word.',
  partialLead: 'These words find something on their own:',
  /** `word` comes quoted. */
  partialQuery: (word: string, count: number) =>
    `${word}, ${count} ${plural(count, 'en', { one: 'result', other: 'results' })}`,
  groups: {
    agenda: 'Agenda items',
    people: 'People',
    agencies: 'Agencies',
    contacts: 'Contacts',
    areas: 'MoU areas',
  },
  /** Around a contact's name, for screen readers, before the number: "Call Song Hye-in on +82 …". */
  callBefore: 'Call ',
  callAfter: ' on',
  relatedAgencies: 'Related agencies: ',
  agencyPage: 'Agency page: ',
  /** Around the key, in the label of the "/" shortcut's setting. */
  shortcutBefore: 'Keyboard shortcut: press ',
  shortcutAfter: ' on any page to jump to the search field',

  // What a result says of what it found. English takes the data's own words;
  // the Korean catalogue translates them (see src/features/search/searchDocuments.ts).
  // Items' topics, kinds and summaries come from the 'agenda' catalogue.
  mouAreasOf: (areas: string) => `MoU areas: ${areas}`,
  areaOf: `An area of cooperation in the ${mou.title}`,
  terms: {
    roles: { head: 'Head', 'point-of-contact': 'Point of contact' } as Record<ContactRole, string>,
    groups: { Government: 'Government', 'Affiliated Organization': 'Affiliated Organization' } as Record<
      AgencyGroup,
      string
    >,
    areas: Object.fromEntries(mou.areas.map((area) => [area, area])) as Record<MouArea, string>,
    /** Organisations other than the agencies, whose Korean names are not in the data. */
    organisations: { 'world-bank': worldBank.name } as Record<Exclude<OrganisationId, AgencyId>, string>,
  },
};

export default search;
