import type { Mou } from './types';

/** The MoU as the release states it. Its type and areas appear twice in the release; used once here. */
export const mou: Mou = {
  title: 'MoU on Digital Development Cooperation',
  parties: ['msit', 'world-bank'],
  type: 'A non-binding understanding between the two Sides that will be effective for three years from the date of signing.',
  binding: false,
  signed: '2023-03-21',
  signedAt: 'the opening ceremony of Korea Digital Days',
  signingItem: { day: '2023-03-21', slug: 'mou-signing' },
  termYears: 3,
  scope: 'Exchanging knowledge and promoting events and studies in the areas of common interest.',
  areas: [
    'Artificial intelligence',
    'Data',
    'Telecommunications',
    'Broadcasting',
    'Radio',
    'Broadband network',
    'ICT industry',
    'Software',
    'Cyber security',
  ],
};
