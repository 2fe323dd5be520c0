import { agencies } from './organisations';
import type { AgencyAreaRelation, AgencyId, MouArea } from './types';

/**
 * Which of the MoU's areas each agency's work relates to. The release does
 * not pair agencies with areas itself, so each relation below is read from
 * what the release says the agency presented or plans, and names its basis.
 * Only areas the release ties to the agency in so many words are listed:
 * an agency's name alone (NIPA's "IT Industry") is not taken as evidence.
 */
export const agencyAreas: readonly AgencyAreaRelation[] = [
  {
    agency: 'msit',
    area: 'Artificial intelligence',
    basis:
      'The release says MSIT plans to work more closely with the World Bank in the areas where Korea is focusing, “such as AI, data and cyber security”.',
    evidence: { kind: 'mou-purpose' },
  },
  {
    agency: 'msit',
    area: 'Data',
    basis:
      'The release says MSIT plans to work more closely with the World Bank in the areas where Korea is focusing, “such as AI, data and cyber security”.',
    evidence: { kind: 'mou-purpose' },
  },
  {
    agency: 'msit',
    area: 'Cyber security',
    basis:
      'The release says MSIT plans to work more closely with the World Bank in the areas where Korea is focusing, “such as AI, data and cyber security”.',
    evidence: { kind: 'mou-purpose' },
  },
  {
    agency: 'nipa',
    area: 'Artificial intelligence',
    basis:
      'NIPA’s keynote, “AI for Participation, Solidarity and Prosperity”, introduced Korea’s efforts to develop the AI industry and shared measures for cooperation in AI education.',
    evidence: { kind: 'agenda-item', day: '2023-03-21', slug: 'ai-for-participation-solidarity-and-prosperity' },
  },
  {
    agency: 'nipa',
    area: 'Software',
    basis: 'NIPA’s keynote gave software as a service (SaaS) as one of its examples.',
    evidence: { kind: 'agenda-item', day: '2023-03-21', slug: 'ai-for-participation-solidarity-and-prosperity' },
  },
  {
    agency: 'nia',
    area: 'Artificial intelligence',
    basis:
      'NIA’s presentation, “A New Journey to Digital Platform Government”, laid out Korea’s policies on an AI- and data-driven Digital Platform Government.',
    evidence: { kind: 'agenda-item', day: '2023-03-22', slug: 'a-new-journey-to-digital-platform-government' },
  },
  {
    agency: 'nia',
    area: 'Data',
    basis:
      'NIA’s presentation, “A New Journey to Digital Platform Government”, laid out Korea’s policies on an AI- and data-driven Digital Platform Government.',
    evidence: { kind: 'agenda-item', day: '2023-03-22', slug: 'a-new-journey-to-digital-platform-government' },
  },
  {
    agency: 'kisa',
    area: 'Cyber security',
    basis:
      'KISA’s presentation, “Enhancing Cyber Security and Resilience”, presented Korea’s cyber security policy model and its international cooperation activities in cyber security.',
    evidence: { kind: 'agenda-item', day: '2023-03-22', slug: 'enhancing-cyber-security-and-resilience' },
  },
  {
    agency: 'k-data',
    area: 'Data',
    basis:
      'K-Data’s presentation was on supporting the growth of the data industry and enhancing the social utilization of data, and on narrowing the data gap.',
    evidence: { kind: 'agenda-item', day: '2023-03-23', slug: 'growth-of-the-data-industry' },
  },
];

export function relationsOf(agency: AgencyId): AgencyAreaRelation[] {
  return agencyAreas.filter((relation) => relation.agency === agency);
}

/** Agencies whose work relates to an area, once each, in directory order. */
export function agenciesRelatedTo(area: MouArea): AgencyId[] {
  const related = new Set(agencyAreas.filter((relation) => relation.area === area).map((relation) => relation.agency));
  return agencies.map((agency) => agency.id).filter((id) => related.has(id));
}
