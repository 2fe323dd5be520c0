import type { AgencyGroup, ContactRole } from '../../data/types';
import { formatCount } from '../formatCount';
import { plural } from '../plural';
import { counted } from './counted';

const n = (count: number) => formatCount(count, 'en');

/** Words around a name or number that the page renders as an element of its own: `${before}${name}${after}`. */
export interface Around {
  before: string;
  after: string;
}

// The contact directory, and the contact cards on agency and person pages.
const contacts = {
  pageTitle: 'Contacts',
  pageDescription: (agencyNames: string) =>
    `Whom to call at ${agencyNames}: a head and a point of contact at each agency, with office phone numbers for callers in Korea and abroad.`,
  intro: 'A head and a point of contact at each agency, as the press release lists them, with their office lines.',
  unknownAgencies: (count: number, values: string, known: string) =>
    `This link named ${plural(count, 'en', { one: 'an agency', other: 'agencies' })} we don’t know, so ${plural(count, 'en', { one: 'it was', other: 'they were' })} left out: ${values}. Known agencies are ${known}.`,
  /** The page as the link notices name it. */
  reader: 'the directory',
  noScript: (count: number) =>
    `Search and the agency filter need JavaScript, which is off in this browser, so all ${n(count)} contacts are shown.`,
  filters: 'Filters',
  clear: { visible: 'Clear', hidden: { before: '', after: 'filters' } },
  clearFilters: 'Clear filters',
  searchLabel: 'Search contacts',
  searchHint: 'Name, title, team, agency or phone number',
  agencyLegend: 'Agency',
  showingFirst: (shown: number, total: number, filtered: boolean) =>
    `Showing the first ${n(shown)} of ${n(total)} ${filtered ? 'matching ' : ''}contacts`,
  showingAll: (total: number) => `Showing all ${n(total)} contacts`,
  showingSome: (count: number, total: number) => `Showing ${n(count)} of ${n(total)} contacts`,
  downloadShown: (count: number) => ({
    visible: `Download ${n(count)} contacts`,
    hidden: { before: '', after: 'shown' },
  }),
  jumpTo: 'Jump to an agency:',
  noMatch: 'No contacts match',
  noMatchHint: 'Try fewer words, another spelling, or more agencies.',
  showMore: (count: number) => `Show ${counted(count, 'more contact', 'more contacts')}`,
  /** The view in words, after "Copy link to": "contacts at KISA and NIA matching “lim”". */
  filterInWords: (agencyNames: string, query: string) =>
    agencyNames || query
      ? `contacts${agencyNames ? ` at ${agencyNames}` : ''}${query ? ` matching “${query}”` : ''}`
      : 'all contacts',
  allAgencies: 'All agencies',
  contactCount: (count: number) => counted(count, 'contact', 'contacts'),
  groups: {
    Government: 'Government',
    'Affiliated Organization': 'Affiliated organizations',
  } satisfies Record<AgencyGroup, string>,
  roles: {
    head: 'Head',
    'point-of-contact': 'Point of contact',
  } satisfies Record<ContactRole, string>,
  /** Our translations of job titles and team names as published, by the English; none in English. */
  titleGlosses: {} as Readonly<Record<string, string>>,
  teamGlosses: {} as Readonly<Record<string, string>>,
  call: { before: 'Call ', after: ' on' } satisfies Around,
  /** Beside the domestic form of a number: "in Korea". */
  inRegion: (region: string) => `in ${region}`,
  /** Regions of phone numbers, by ISO 3166 code (lib/phone.ts). */
  regionNames: { KR: 'Korea' } as Readonly<Record<string, string>>,
  downloadContact: 'Download contact',
};

export default contacts;
