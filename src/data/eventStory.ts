import type { ContextEntry, EventStory, OrganisationId, Quote, Speaker } from './types';

// The overview's prose, kept apart from event.ts: every page loads that module
// (for the event's name and dates), and only the overview needs these words.

export const eventStory = {
  summary:
    'The Ministry of Science and ICT (MSIT) and the World Bank co-hosted the three-day Korea Digital Days. The two sides signed a memorandum of understanding on expanding cooperation in the digital sector, and the Republic of Korea shared its key digital policies, presented its best practices in digital innovation and suggested the direction of a new digital order for the future.',
  purpose:
    'Korea Digital Days was organized to present Korea’s digital vision and policies, such as the New York Initiative and the National Digital Strategy that implements it, and to share Korea’s best practices in digital innovation.',
  significance:
    'The event provided a venue for promoting Korea’s achievements in digital innovation to the World Bank, an international institution that provides development and assistance programs to developing countries.',
  audience:
    'World Bank staff, including Guangzhe Chen, Vice President for Infrastructure, and Manuela V. Ferro, Vice President for East Asia and Pacific.',
  bestPracticeSectors: ['Artificial intelligence (AI)', 'Data', 'Cyber security', 'The Digital Platform Government'],
} as const satisfies EventStory;

/**
 * Whose staff the event was presented to (eventStory.audience): the overview
 * names them, and the people the release names among them, who are its speakers.
 */
export const audienceOrganisation: OrganisationId = 'world-bank';

export const minister: Speaker = { name: 'Lee Jong-Ho', title: 'Minister of Science and ICT', organisation: 'msit' };

export const context = [
  {
    id: 'kodi',
    name: 'Korea Digital Development Program (KoDi)',
    description:
      'A three-year program that Korea and the World Bank launched in 2021. Through it they share Korea’s technology development cases with developing countries and jointly carry out activities that support data-driven, safe and green digital transformation.',
  },
  {
    // "September last year", counted from the 2023 release: September 2022.
    id: 'new-york-initiative',
    name: 'The New York Initiative',
    description:
      'Unveiled by President Yoon Suk Yeol in September 2022. It asserts that digital innovation should contribute to realizing the universal values of humanity and that Korea will share the achievements of its digital innovation and the direction of a new digital order with global citizens.',
  },
  {
    id: 'national-digital-strategy',
    name: 'The National Digital Strategy',
    description: 'Korea’s strategy to implement the New York Initiative.',
  },
  {
    id: 'digital-platform-government',
    name: 'The Digital Platform Government',
    description:
      'Korea’s AI- and data-driven Digital Platform Government for addressing global social issues, one of the digital innovation sectors whose best practices Korea shared.',
  },
] as const satisfies readonly ContextEntry[];

/** The context's entries by id, so that text kept per entry (a translation) is checked against them. */
export type ContextId = (typeof context)[number]['id'];

export const quote: Quote = {
  speaker: { name: 'Ryu Kwang Jun', title: 'Deputy Minister', organisation: 'msit' },
  text: 'Korea is implementing nation-wide innovation policies to secure Korea’s position as a leading nation in the digital age. Starting with Korea Digital Days, the MSIT will continue to create opportunities to actively share with global citizens Korea’s achievements in digital policies and its process of establishing a new digital order, and spare no effort to build an inclusive and prosperous digital society.',
};
