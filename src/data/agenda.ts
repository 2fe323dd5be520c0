import type { EventDay, IsoDate } from './types';

/** A day as written below: its id any calendar date, so that DayId can be read from the data. */
type DayData = Omit<EventDay, 'id'> & { id: IsoDate };

/**
 * The programme, day by day, in the order the release gives. The release
 * gives no session times, rooms or venue, so there are none here.
 *
 * Day 1's order follows the release: the event "opened with welcoming remarks
 * from Vice Presidents Chen and Ferro; then" Deputy Minister Ryu presented.
 * The MoU was signed "at the opening ceremony", so it sits with the opening,
 * before the presentations.
 */
// Stryker disable all: the programme is data, checked by the schema (dataProblems.ts); only findDay is mutated.
const programme = [
  {
    id: '2023-03-21',
    label: 'Day 1',
    announcedInAdvance: false,
    items: [
      {
        slug: 'welcoming-remarks',
        kind: 'remarks',
        topic: 'Welcoming remarks',
        speakers: [
          { name: 'Guangzhe Chen', title: 'Vice President for Infrastructure', organisation: 'world-bank' },
          { name: 'Manuela V. Ferro', title: 'Vice President for East Asia and Pacific', organisation: 'world-bank' },
        ],
        organisations: ['world-bank'],
      },
      {
        slug: 'mou-signing',
        kind: 'signing',
        topic: 'Signing of the MoU on digital development cooperation',
        speakers: [],
        organisations: ['msit', 'world-bank'],
      },
      {
        slug: 'national-digital-strategy',
        kind: 'presentation',
        topic: 'The New York Initiative and Korea’s National Digital Strategy',
        speakers: [{ name: 'Ryu Kwang Jun', title: 'Deputy Minister', organisation: 'msit' }],
        organisations: ['msit'],
      },
      {
        slug: 'ai-for-participation-solidarity-and-prosperity',
        kind: 'keynote',
        title: 'AI for Participation, Solidarity and Prosperity',
        topic: 'Keynote presentation on AI',
        speakers: [{ name: 'Hur Sung-Wook', title: 'President', organisation: 'nipa' }],
        organisations: ['nipa'],
      },
    ],
  },
  {
    id: '2023-03-22',
    label: 'Day 2',
    announcedInAdvance: true,
    items: [
      {
        slug: 'a-new-journey-to-digital-platform-government',
        kind: 'presentation',
        title: 'A New Journey to Digital Platform Government',
        topic: 'Presentation on the Digital Platform Government',
        speakers: [{ name: 'Hwang Jong Sung', title: 'President', organisation: 'nia' }],
        organisations: ['nia'],
      },
      {
        slug: 'enhancing-cyber-security-and-resilience',
        kind: 'presentation',
        title: 'Enhancing Cyber Security and Resilience',
        topic: 'Presentation on cyber security',
        speakers: [{ name: 'Lee Won Tae', title: 'President', organisation: 'kisa' }],
        organisations: ['kisa'],
      },
    ],
  },
  {
    id: '2023-03-23',
    label: 'Day 3',
    announcedInAdvance: true,
    items: [
      {
        slug: 'growth-of-the-data-industry',
        kind: 'presentation',
        title:
          'Contributing to Economic and Social Innovation in Korea by Supporting the Growth of the Data Industry and Enhancing the Social Utilization of Data',
        topic: 'Presentation on the data industry',
        speakers: [{ name: 'Yoon Heajeang', title: 'President', organisation: 'k-data' }],
        organisations: ['k-data'],
      },
      {
        slug: 'closing-ceremony',
        kind: 'ceremony',
        topic: 'Closing ceremony',
        speakers: [],
        organisations: ['world-bank'],
      },
    ],
  },
] as const satisfies readonly DayData[];

/** The event's days, '2023-03-21' | …, as the data gives them. */
export type DayId = (typeof programme)[number]['id'];
/** Every item's slug, so that text kept per item (a translation, a summary) can be checked for each one. */
export type ItemSlug = (typeof programme)[number]['items'][number]['slug'];
/** The slugs of the items with a quoted title, each of which a Korean page glosses. */
export type TitledItemSlug = Extract<(typeof programme)[number]['items'][number], { title: string }>['slug'];

export const days: readonly EventDay[] = programme;

// Stryker restore all
export function findDay(id: string): EventDay | undefined {
  return days.find((day) => day.id === id);
}
