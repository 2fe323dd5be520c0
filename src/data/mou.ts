import type { Mou } from './types';

/** The MoU as the release states it. Its type and areas appear twice in the release; used once here. */
export const mou: Mou = {
  title: 'MoU on Digital Development Cooperation',
  parties: ['msit', 'world-bank'],
  binding: false,
  signed: '2023-03-21',
  signedAt: 'the opening ceremony of Korea Digital Days',
  signingItem: { day: '2023-03-21', slug: 'mou-signing' },
  termYears: 3,
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
