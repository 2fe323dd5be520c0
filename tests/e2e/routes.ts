/**
 * Every page a visitor can reach, and the states worth checking on each. Specs
 * loop over these lists, so a new route or state added here is covered by the
 * accessibility, reflow and screenshot suites at once.
 */
export interface PageState {
  /** A short name, used in test titles and screenshot file names. */
  name: string;
  url: string;
  /** The page's main heading (h1) as a reader sees it. */
  heading: string | RegExp;
  title: string | RegExp;
}

const site = 'Korea Digital Days';

/** One entry per route: the app's pages in their default state. */
export const routes: readonly PageState[] = [
  {
    name: 'overview',
    url: '/',
    heading: site,
    title: `${site}, Korea’s National Digital Strategy to Be Shared with the World`,
  },
  {
    name: 'agenda-day-1',
    url: '/agenda/2023-03-21',
    heading: 'Day 1: Tuesday 21 March 2023',
    title: `Day 1, 21 March 2023 · ${site}`,
  },
  {
    name: 'agenda-day-2',
    url: '/agenda/2023-03-22',
    heading: 'Day 2: Wednesday 22 March 2023',
    title: `Day 2, 22 March 2023 · ${site}`,
  },
  {
    name: 'agenda-day-3',
    url: '/agenda/2023-03-23',
    heading: 'Day 3: Thursday 23 March 2023',
    title: `Day 3, 23 March 2023 · ${site}`,
  },
  { name: 'mou', url: '/mou', heading: 'MoU on Digital Development Cooperation', title: `The MoU · ${site}` },
  { name: 'contacts', url: '/contacts', heading: 'Contacts', title: `Contacts · ${site}` },
  { name: 'agencies', url: '/agencies', heading: 'Agencies', title: `Agencies · ${site}` },
  {
    name: 'agency-kisa',
    url: '/agencies/kisa',
    heading: 'Korea Internet and Security Agency',
    title: `KISA, Korea Internet and Security Agency · ${site}`,
  },
  { name: 'people', url: '/people', heading: 'People', title: `People · ${site}` },
  { name: 'person', url: '/people/hur-sung-wook', heading: 'Hur Sung-Wook', title: `Hur Sung-Wook · ${site}` },
  { name: 'search', url: '/search', heading: 'Search', title: `Search · ${site}` },
  { name: 'data', url: '/data', heading: 'Open data', title: `Open data · ${site}` },
  { name: 'not-found', url: '/no-such-page', heading: 'Page not found', title: `Page not found · ${site}` },
];

/** States beyond a route's default, reached by a URL alone. */
export const states: readonly PageState[] = [
  {
    name: 'agenda-item-highlighted',
    url: '/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
    heading: 'Day 2: Wednesday 22 March 2023',
    title: `Day 2, 22 March 2023 · ${site}`,
  },
  {
    name: 'agenda-unknown-item',
    url: '/agenda/2023-03-22#cyber-resilience-panel',
    heading: 'Day 2: Wednesday 22 March 2023',
    title: `Day 2, 22 March 2023 · ${site}`,
  },
  {
    name: 'person-not-found',
    url: '/people/lee-jong-ho',
    heading: 'No such person',
    title: `No such person · ${site}`,
  },
  { name: 'day-not-found', url: '/agenda/2023-13-45', heading: 'No such day', title: `No such day · ${site}` },
  { name: 'contacts-filtered', url: '/contacts?agency=kisa,nia', heading: 'Contacts', title: `Contacts · ${site}` },
  { name: 'contacts-searched', url: '/contacts?q=manager', heading: 'Contacts', title: `Contacts · ${site}` },
  {
    name: 'contacts-no-results',
    url: '/contacts?q=nobody-by-this-name',
    heading: 'Contacts',
    title: `Contacts · ${site}`,
  },
  { name: 'contacts-notice', url: '/contacts?agency=kisa,unesco', heading: 'Contacts', title: `Contacts · ${site}` },
  {
    name: 'agency-msit',
    url: '/agencies/msit',
    heading: 'Ministry of Science and ICT',
    title: `MSIT, Ministry of Science and ICT · ${site}`,
  },
  {
    name: 'agency-nipa',
    url: '/agencies/nipa',
    heading: 'National IT Industry Promotion Agency',
    title: `NIPA, National IT Industry Promotion Agency · ${site}`,
  },
  {
    name: 'agency-k-data',
    url: '/agencies/k-data',
    heading: 'Korea Data Agency',
    title: `K-Data, Korea Data Agency · ${site}`,
  },
  {
    name: 'agency-nia',
    url: '/agencies/nia',
    heading: 'National Information Society Agency',
    title: `NIA, National Information Society Agency · ${site}`,
  },
  { name: 'agency-not-found', url: '/agencies/unesco', heading: 'No such agency', title: `No such agency · ${site}` },
  { name: 'search-results', url: '/search?q=cyber', heading: 'Search', title: `Search: cyber · ${site}` },
  { name: 'search-no-results', url: '/search?q=zzzzqqq', heading: 'Search', title: `Search: zzzzqqq · ${site}` },
];

/** Every route and every state. */
export const allPages: readonly PageState[] = [...routes, ...states];

/** One of the pages above, by name. */
export function pageNamed(name: string): PageState {
  const found = allPages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No page named ${name} in routes.ts`);
  return found;
}
