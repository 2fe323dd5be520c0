import { itemSummaries } from '../../data/itemSummaries';
import { organisationList } from '../../data/organisations';
import type { ItemKind, Agency, Organisation, OrganisationId } from '../../data/types';

/**
 * Text kept per item, per job title or per data value. The English is the
 * data's own, so the English catalogue has none: a page falls back to the
 * data. The Korean catalogue checks itself against the data's keys
 * (`satisfies Record<ItemSlug, string>`), so a missing one is a type error.
 */
export type ByKey = Readonly<Partial<Record<string, string>>>;
const none: ByKey = {};

/** A list translated item for item: as many strings as the data's list. */
export type Translated<List> = { [Index in keyof List]: string };
const summaries: ByKey = itemSummaries;

// An agenda item and its day: the day pages, the overview's programme, and
// the item cards on agency and person pages.
const agenda = {
  /** Our one-sentence summary of each item, by slug: in English the data's (src/data/itemSummaries.ts). */
  summaries,
  /** Each item's topic, by slug: the heading of an item without a quoted title. */
  topics: none,
  /** Our translation of each quoted talk title, by slug. */
  titleGlosses: none,
  /** Our translation of each job title, by the title as published. */
  jobTitleGlosses: none,
  kinds: {
    remarks: 'Remarks',
    signing: 'Signing',
    presentation: 'Presentation',
    keynote: 'Keynote',
    ceremony: 'Ceremony',
  } satisfies Record<ItemKind, string>,
  /** "Ministry of Science and ICT and the World Bank": who took part in an item without named speakers. */
  organisations: (ids: readonly OrganisationId[]) => organisationList(ids),
  /** An organisation named short, as in "MSIT and the World Bank". */
  shortName: (organisation: Organisation) =>
    organisation.article ? `${organisation.article} ${organisation.shortName}` : organisation.shortName,
  /** An agency as the links to its contacts name it. */
  agencyName: (agency: Agency) => agency.shortName,
  contactsAt: (agency: string) => `Contacts at ${agency}`,
  readMou: 'Read the MoU',
  eventDays: 'Event days',
  previousAndNextDay: 'Previous and next day',
  previousDay: (day: string) => `Previous day: ${day}`,
  nextDay: (day: string) => `Next day: ${day}`,
  programmeOf: (day: string) => `Programme of ${day}`,
  atAGlance: (day: string) => `${day} at a glance`,
  date: 'Date',
  event: 'Event',
  order: 'Order',
  orderAsPublished: 'As the press release gives it; it gives no session times.',
  announcedInAdvance: ' It described this day’s programme in advance.',
  addDayToCalendar: (day: string) => `Add ${day} to your calendar`,
  icsFile: '(.ics file)',
  /** Where a link to another day's item lands without JavaScript. */
  itemIsOn: (day: string) => ` is on ${day}: `,
  seeItIn: (day: string) => `see it in ${day}’s programme`,
  noSuchDay: 'No such day',
  noSuchDayBody: (eventName: string, dates: string, requested: string) =>
    `${eventName} ran from ${dates}. There is no programme for “${requested}”. Pick one of the event’s days below.`,
  unknownItem: (requested: string, day: string) =>
    `No item of the event is called “${requested}”: the link may be mistyped or out of date. ${day}’s programme is below.`,
  searchFor: (words: string) => `Search the site for “${words}”`,
  /** Joins the speakers of an item: "Guangzhe Chen and Manuela V. Ferro". */
  and: ' and ',
  /** The release a page's facts come from (SourceLink, in the side column of day, MoU, agency and person pages). */
  sourceFrom: (kind: string) => `From the ${kind.toLowerCase()}`,
  /** A day page's link-preview description. */
  dayDescription: (day: string, eventName: string, date: string, items: readonly string[]) =>
    `${day} of ${eventName}, ${date}: ${items.join('; ')}.`,
  /** An item in a description: "“Title” by Lee Won Tae (KISA)". */
  itemBy: (heading: string, speakers: string) => `${heading} by ${speakers}`,
  speakerInWords: (name: string, organisation: Organisation) => `${name} (${organisation.shortName})`,
};

export default agenda;
