import type { ScaleAgency, ScaleContact, ScaleDay, ScaleSpeaker } from '../scale/generateScaleEvent';
import type { ContextEntry, EventInfo, EventStory, IsoDate, Mou } from '../../src/data/types';

/*
 * A second, small event that never happened, for the seam test (DATASET=small,
 * `npm run test:seam`): other dates, other agencies with other ids and Korean
 * names, other people, items and contacts, and its own MoU. The app's
 * components and routes run over it unchanged (bench/small/smallDataset.ts),
 * and the route tests in tests/seam/ read every expectation from it. Only the
 * World Bank is kept: the app's types name it as the one partner organisation.
 * Everything else is made up, and says so.
 */
export interface SmallEvent {
  event: Omit<EventInfo, 'hosts'> & { hosts: readonly string[] };
  agencies: readonly ScaleAgency[];
  contacts: readonly ScaleContact[];
  days: readonly ScaleDay[];
  summaries: Readonly<Record<string, string>>;
  mou: Omit<Mou, 'parties' | 'signingItem'> & {
    parties: readonly string[];
    signingItem: { day: IsoDate; slug: string };
  };
  eventStory: EventStory;
  audienceOrganisation: string;
  minister: ScaleSpeaker;
  context: readonly ContextEntry[];
  quote: { speaker: ScaleSpeaker; text: string };
}

const agencyA = 'test-agency-a';
const agencyB = 'test-agency-b';
const agencyC = 'test-agency-c';

export const smallEvent: SmallEvent = {
  event: {
    name: 'Test Event Days',
    tagline: 'A Synthetic Event for Testing the Data Seam',
    start: '2031-05-12',
    end: '2031-05-13',
    hosts: [agencyA, 'world-bank'],
  },
  agencies: [
    { id: agencyA, shortName: 'TAA', name: 'Test Agency A', nameKo: '시험기관 가', group: 'Government' },
    { id: agencyB, shortName: 'TAB', name: 'Test Agency B', nameKo: '시험기관 나', group: 'Affiliated Organization' },
    { id: agencyC, shortName: 'TAC', name: 'Test Agency C', nameKo: '시험기관 다', group: 'Affiliated Organization' },
  ],
  contacts: [
    ...[
      [
        'test-contact-one',
        agencyA,
        'head',
        'Test Director',
        'Testperson One',
        'Test Cooperation Division',
        '02-555-0101',
      ],
      [
        'test-contact-two',
        agencyA,
        'point-of-contact',
        'Test Officer',
        'Testperson Two',
        'Test Cooperation Division',
        '02-555-0102',
      ],
      ['test-contact-three', agencyB, 'head', 'Test Team Leader', 'Testperson Three', 'Test Data Team', '031-555-0103'],
      [
        'test-contact-four',
        agencyB,
        'point-of-contact',
        'Test Officer',
        'Testperson Four',
        'Test Data Team',
        '031-555-0104',
      ],
      [
        'test-contact-five',
        agencyC,
        'head',
        'Test Team Leader',
        'Testperson Five',
        'Test Software Team',
        '051-555-0105',
      ],
    ].map(([id, agency, role, title, name, team, phone]) => ({
      id: id as string,
      agency: agency as string,
      role: role as ScaleContact['role'],
      title: title as string,
      name: name as string,
      team: team as string,
      phone: phone as string,
    })),
  ],
  days: [
    {
      id: '2031-05-12' as IsoDate as ScaleDay['id'],
      label: 'Day 1',
      announcedInAdvance: false,
      items: [
        {
          slug: 'test-opening',
          kind: 'remarks',
          topic: 'Test opening remarks',
          speakers: [{ name: 'Testspeaker Alpha', title: 'Test Head', organisation: agencyA }],
          organisations: [agencyA],
        },
        {
          slug: 'test-signing',
          kind: 'signing',
          topic: 'Signing of the test MoU',
          speakers: [],
          organisations: [agencyA, 'world-bank'],
        },
        {
          slug: 'test-keynote',
          kind: 'keynote',
          title: 'Testing Seams at Small Scale',
          topic: 'Test keynote on seams',
          speakers: [{ name: 'Testspeaker Beta', title: 'Test President', organisation: agencyB }],
          organisations: [agencyB],
        },
      ],
    },
    {
      id: '2031-05-13' as IsoDate as ScaleDay['id'],
      label: 'Day 2',
      announcedInAdvance: true,
      items: [
        {
          slug: 'test-presentation',
          kind: 'presentation',
          title: 'Synthetic Data for Honest Tests',
          topic: 'Test presentation on synthetic data',
          speakers: [{ name: 'Testspeaker Gamma', title: 'Test President', organisation: agencyC }],
          organisations: [agencyC],
        },
        {
          slug: 'test-closing',
          kind: 'ceremony',
          topic: 'Test closing ceremony',
          speakers: [],
          organisations: ['world-bank'],
        },
      ],
    },
  ],
  summaries: {
    'test-opening': 'Test Agency A opened the test event with made-up remarks.',
    'test-signing': 'Test Agency A and the World Bank signed a made-up memorandum for the test.',
    'test-keynote': 'Test Agency B gave a made-up keynote on testing seams.',
    'test-presentation': 'Test Agency C presented made-up findings on synthetic data.',
    'test-closing': 'The test event closed with a made-up ceremony.',
  },
  mou: {
    title: 'Test MoU on Synthetic Cooperation',
    parties: [agencyA, 'world-bank'],
    binding: false,
    signed: '2031-05-12',
    signedAt: 'the opening of Test Event Days',
    signingItem: { day: '2031-05-12', slug: 'test-signing' },
    termYears: 2,
    areas: ['Data', 'Software'],
  },
  eventStory: {
    summary: 'Test Agency A and the World Bank co-hosted the two-day Test Event Days, which never took place.',
    purpose: 'Test Event Days exists to show that the app runs over an event other than the real one.',
    significance: 'None: every name in it is made up.',
    audience: 'Test staff, including Testspeaker Alpha.',
    bestPracticeSectors: ['Testing', 'Synthetic data'],
  },
  audienceOrganisation: 'world-bank',
  minister: { name: 'Testminister Omega', title: 'Test Minister', organisation: agencyA },
  context: [
    {
      id: 'test-programme',
      name: 'The Test Programme',
      description: 'A made-up programme that gives the test event its context.',
    },
  ],
  quote: {
    speaker: { name: 'Testspeaker Alpha', title: 'Test Head', organisation: agencyA },
    text: 'This quote is made up for the test event.',
  },
};
