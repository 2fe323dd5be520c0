import type { Agency, AgencyAreaRelation, AgencyGroup, MouArea } from '../../data/types';
import { counted } from './counted';

// The agency list and each agency's page. `{event}` and `{name}` are slots for
// names quoted in English (components/Fill.tsx).
const agencies = {
  listTitle: 'Agencies',
  pageTitle: (agency: Agency) => `${agency.shortName}, ${agency.name}`,
  listDescription: (eventName: string, agencyNames: string) =>
    `The ministry and agencies that presented at ${eventName}, ${agencyNames}: for each, what it presented, whom to call and the MoU areas its work relates to.`,
  pageDescription: (agency: Agency, eventName: string, items: string) =>
    `${agency.name} (${agency.shortName}) at ${eventName}: ${items}. Its contacts, and the MoU areas its work relates to.`,
  listIntro:
    'The Korean ministry and agencies that presented at {event}, each with its contacts and the MoU areas its work relates to.',
  /** The agency's name as the page's heading, and its name in the other language. */
  name: (agency: Agency) => agency.name,
  otherName: (agency: Agency) => ({ text: agency.nameKo, lang: 'ko' }),
  otherNameLabel: 'Korean name',
  groups: {
    Government: 'Government',
    'Affiliated Organization': 'Affiliated Organization',
  } satisfies Record<AgencyGroup, string>,
  contactCount: (count: number) => counted(count, 'contact', 'contacts'),
  worldBankHeading: (name: string) => `The ${name}`,
  worldBankRoles: { host: 'co-hosted the event', party: 'is the other party to the MoU' },
  worldBankText: (name: string, roles: string) =>
    `The ${name} ${roles}. The press release lists no contacts at the ${name}, so it has no page here. It took part in:`,
  atAGlance: (shortName: string) => `${shortName} at a glance`,
  shortName: 'Short name',
  listedUnder: 'Listed under',
  mou: 'The MoU',
  signedWith: (parties: string, date: string) => `Signed it with ${parties} on ${date}`,
  atEvent: 'At {event}',
  contacts: 'Contacts',
  contactsIntro:
    'A head and a point of contact, as listed in the press release. Numbers are office lines; the international form is for callers outside Korea.',
  downloadContacts: (count: number, shortName: string) => ({
    visible: `Download ${counted(count, 'contact', 'contacts')}`,
    hidden: { before: '', after: `at ${shortName}` },
  }),
  inDirectory: (shortName: string) => `${shortName} in the contact directory`,
  areasHeading: 'MoU areas its work relates to',
  areasIntro: (count: number, shortName: string) =>
    `The MoU names ${counted(count, 'area', 'areas')} of cooperation. The release does not assign them to agencies; these follow from what it says ${shortName} presented or plans.`,
  areasAsParty: (shortName: string, count: number, parties: string) =>
    ` As a party to the MoU, ${shortName} shares all ${count} with ${parties} as areas of common interest.`,
  allAreas: (count: number) => `All ${counted(count, 'area', 'areas')} in the MoU`,
  /** The MoU's areas of cooperation, as the page names them. */
  areas: {
    'Artificial intelligence': 'Artificial intelligence',
    Data: 'Data',
    Telecommunications: 'Telecommunications',
    Broadcasting: 'Broadcasting',
    Radio: 'Radio',
    'Broadband network': 'Broadband network',
    'ICT industry': 'ICT industry',
    Software: 'Software',
    'Cyber security': 'Cyber security',
  } satisfies Record<MouArea, string>,
  /** Why an agency's work relates to an area: the data's own sentence in English. */
  basis: (relation: AgencyAreaRelation) => relation.basis,
  mouPurpose: 'The MoU’s purpose',
  theTalk: (day: string) => `The talk, ${day}`,
  otherAgencies: 'Other agencies',
  /** An agency named in a list of links: "Korea Data Agency (K-Data)". */
  linkName: (agency: Agency) => `${agency.name} (${agency.shortName})`,
  notFoundHeading: 'No such agency',
  notFoundBody: (requested: string) =>
    `There is no agency “${requested}” among the contacts in the press release. The agencies are:`,
};

export default agencies;
