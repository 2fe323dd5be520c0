import type { MouTerms } from './types';

// Kept apart from mou.ts, whose facts every page's head uses, so that this
// longer text loads only with the MoU page.

export const mouTerms = {
  type: 'A non-binding understanding between the two Sides that will be effective for three years from the date of signing.',
  scope: 'Exchanging knowledge and promoting events and studies in the areas of common interest.',
  activities: [
    'Exchanging information',
    'Developing knowledge products and services',
    'Participating in joint events (consultation meetings, seminars, workshops, exhibitions)',
    'Developing joint studies',
    'Establishing master plans',
    'Exploring investment opportunities',
    'Exploring the possibilities of staff exchange programs and reciprocal visits',
  ],
  purpose: [
    'To promote mutually beneficial cooperation in the digital development sector.',
    'MSIT and the World Bank have been sharing Korea’s digital policies and development experience and have supported the economic and social development of developing countries; this MoU lays a foundation for identifying more concrete areas of cooperation and collaboration measures.',
    'MSIT plans to work more closely with the World Bank in the areas where Korea is focusing, such as AI, data and cyber security, to secure Korea’s status as a model digital nation.',
  ],
} as const satisfies MouTerms;
