import type { EventDay } from './types';

/**
 * The programme, day by day, in the order the release gives. The release
 * gives no session times, rooms or venue, so there are none here.
 *
 * Day 1's order follows the release: the event "opened with welcoming remarks
 * from Vice Presidents Chen and Ferro; then" Deputy Minister Ryu presented.
 * The MoU was signed "at the opening ceremony", so it sits with the opening,
 * before the presentations.
 */
export const days: readonly EventDay[] = [
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
        summary: 'The three-day event opened with welcoming remarks from World Bank Vice Presidents Chen and Ferro.',
      },
      {
        slug: 'mou-signing',
        kind: 'signing',
        topic: 'Signing of the MoU on digital development cooperation',
        speakers: [],
        organisations: ['msit', 'world-bank'],
        summary:
          'At the opening ceremony, MSIT and the World Bank signed a memorandum of understanding to promote mutually beneficial cooperation in the digital development sector.',
      },
      {
        slug: 'national-digital-strategy',
        kind: 'presentation',
        topic: 'The New York Initiative and Korea’s National Digital Strategy',
        speakers: [{ name: 'Ryu Kwang Jun', title: 'Deputy Minister', organisation: 'msit' }],
        organisations: ['msit'],
        summary:
          'Began with an introduction of the New York Initiative and elaborated on Korea’s National Digital Strategy and measures to establish a new digital order.',
      },
      {
        slug: 'ai-for-participation-solidarity-and-prosperity',
        kind: 'keynote',
        title: 'AI for Participation, Solidarity and Prosperity',
        topic: 'Keynote presentation on AI',
        speakers: [{ name: 'Hur Sung-Wook', title: 'President', organisation: 'nipa' }],
        organisations: ['nipa'],
        summary:
          'Introduced Korea’s efforts to develop the AI industry through cloud infrastructure and sector-specific AI integration, with examples of high-performance computing (HPC) and software as a service (SaaS), and shared measures for Korea–World Bank cooperation in AI education and official development assistance (ODA).',
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
        summary:
          'Korea’s policies on AI- and data-driven Digital Platform Government for addressing global social issues.',
      },
      {
        slug: 'enhancing-cyber-security-and-resilience',
        kind: 'presentation',
        title: 'Enhancing Cyber Security and Resilience',
        topic: 'Presentation on cyber security',
        speakers: [{ name: 'Lee Won Tae', title: 'President', organisation: 'kisa' }],
        organisations: ['kisa'],
        summary: 'Korea’s cyber security policy model and its international cooperation activities in cyber security.',
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
        summary:
          'Measures on harnessing data-related opportunities and narrowing the data gap amid the accelerating digital transformation.',
      },
      {
        slug: 'closing-ceremony',
        kind: 'ceremony',
        topic: 'Closing ceremony',
        speakers: [],
        organisations: ['world-bank'],
        summary: 'Korea Digital Days concluded with a closing ceremony led by the World Bank.',
      },
    ],
  },
];

export function findDay(id: string): EventDay | undefined {
  return days.find((day) => day.id === id);
}
