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

/** One entry per route: the app's pages in their default state, in English. */
const englishRoutes: readonly PageState[] = [
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

/** The same routes in the Korean edition (한국어판). */
const koreanRoutes: readonly PageState[] = [
  { name: 'ko-overview', url: '/ko/', heading: site, title: `${site}, 한국의 국가 디지털 전략, 세계와 공유한다` },
  {
    name: 'ko-agenda-day-1',
    url: '/ko/agenda/2023-03-21',
    heading: '1일 차: 2023년 3월 21일 (화)',
    title: `1일 차, 2023년 3월 21일 · ${site}`,
  },
  {
    name: 'ko-agenda-day-2',
    url: '/ko/agenda/2023-03-22',
    heading: '2일 차: 2023년 3월 22일 (수)',
    title: `2일 차, 2023년 3월 22일 · ${site}`,
  },
  {
    name: 'ko-agenda-day-3',
    url: '/ko/agenda/2023-03-23',
    heading: '3일 차: 2023년 3월 23일 (목)',
    title: `3일 차, 2023년 3월 23일 · ${site}`,
  },
  { name: 'ko-mou', url: '/ko/mou', heading: '디지털 개발 협력 양해각서', title: `양해각서 · ${site}` },
  { name: 'ko-contacts', url: '/ko/contacts', heading: '연락처', title: `연락처 · ${site}` },
  { name: 'ko-agencies', url: '/ko/agencies', heading: '기관', title: `기관 · ${site}` },
  {
    name: 'ko-agency-kisa',
    url: '/ko/agencies/kisa',
    heading: '한국인터넷진흥원',
    title: `KISA, 한국인터넷진흥원 · ${site}`,
  },
  { name: 'ko-people', url: '/ko/people', heading: '발표자', title: `발표자 · ${site}` },
  { name: 'ko-person', url: '/ko/people/hur-sung-wook', heading: 'Hur Sung-Wook', title: `Hur Sung-Wook · ${site}` },
  { name: 'ko-search', url: '/ko/search', heading: '검색', title: `검색 · ${site}` },
  { name: 'ko-data', url: '/ko/data', heading: '공공데이터', title: `공공데이터 · ${site}` },
  {
    name: 'ko-not-found',
    url: '/ko/no-such-page',
    heading: '페이지를 찾을 수 없습니다',
    title: `페이지를 찾을 수 없습니다 · ${site}`,
  },
];

/** Every route, in both languages. */
export const routes: readonly PageState[] = [...englishRoutes, ...koreanRoutes];

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
  {
    name: 'ko-agenda-item-highlighted',
    url: '/ko/agenda/2023-03-22#enhancing-cyber-security-and-resilience',
    heading: '2일 차: 2023년 3월 22일 (수)',
    title: `2일 차, 2023년 3월 22일 · ${site}`,
  },
  {
    name: 'ko-contacts-filtered',
    url: '/ko/contacts?agency=kisa,nia',
    heading: '연락처',
    title: `연락처 · ${site}`,
  },
  {
    name: 'ko-contacts-notice',
    url: '/ko/contacts?agency=kisa,unesco',
    heading: '연락처',
    title: `연락처 · ${site}`,
  },
  {
    name: 'ko-person-not-found',
    url: '/ko/people/lee-jong-ho',
    heading: '해당 발표자가 없습니다',
    title: `해당 발표자가 없습니다 · ${site}`,
  },
  { name: 'ko-search-results', url: '/ko/search?q=사이버', heading: '검색', title: `검색: 사이버 · ${site}` },
];

/** Every route and every state. */
export const allPages: readonly PageState[] = [...routes, ...states];

/** One of the pages above, by name. */
export function pageNamed(name: string): PageState {
  const found = allPages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No page named ${name} in routes.ts`);
  return found;
}
