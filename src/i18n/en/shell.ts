import type { SourceCredit } from '../../data/types';

// What every page says around its content: header, menu, footer, the language
// switch, Copy link, and the pages for errors and unknown addresses.
const shell = {
  /** The release's title in the page's language: English quotes it in data (event.tagline). */
  taglineTranslation: '',
  /** Marks a Korean gloss of something quoted in English: empty in English, where nothing is glossed. */
  ourTranslation: 'our translation',
  skipLink: 'Skip to main content',
  search: 'Search',
  menu: 'Menu',
  mainNav: 'Main',
  nav: {
    overview: 'Overview',
    agenda: 'Agenda',
    people: 'People',
    mou: 'MoU',
    contacts: 'Contacts',
    agencies: 'Agencies',
  },
  siteSearch: 'Site',
  siteSearchField: 'Search this site',
  /** The other edition, named in its own language. */
  languageSwitch: '한국어',
  footer: {
    /** Before the release's title: "Source: Ministry of Science and ICT, press release". */
    credit: (source: SourceCredit) => `Source: ${source.publisher}, ${source.kind.toLowerCase()}`,
    licenceUse: (source: SourceCredit) => `used under the ${source.licence} (source indication).`,
    openData: 'Open data',
    translation: '',
  },
  copyLink: 'Copy link',
  copyLinkTo: (label: string) => `Copy link to ${label}`,
  share: 'Share',
  shareLinkTo: (label: string) => `Share link to ${label}`,
  linkCopied: 'Link copied',
  linkToCopied: (label: string) => `Link to ${label} copied`,
  copyBlocked: (label: string) =>
    `Your browser blocked copying, so the link to ${label} is selected below for you to copy.`,
  linkTo: (label: string) => `Link to ${label}`,
  notFound: {
    heading: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped, or the link may be incomplete.',
    elsewhere: 'Where to go instead',
    overview: 'Overview of the event',
    agendaDay: (day: string) => `Agenda, ${day}`,
    mou: 'The MoU',
    contacts: 'Contacts',
    agencies: 'Agencies',
    people: 'People',
    search: 'Search',
  },
  error: {
    heading: 'Something went wrong',
    site: 'The site could not be shown. The link is fine: trying again usually helps.',
    page: 'This page could not be shown. The link is fine: trying again usually helps.',
    retry: 'Try again',
    home: 'Go to the overview',
  },
};

export default shell;
