// With its extension: vite.config.ts loads this module (for the scale benchmark), and Node's own loader needs one.
import { organisationLookups } from './organisationLookups.ts';
import type { Agency, Organisation } from './types';

/** An agency as written below: its id any string, so that AgencyId can be read from the data. */
type AgencyData = Omit<Agency, 'id'> & { id: string };

/**
 * The five agencies in the order of the release's contact table: MSIT under
 * "Government", then the affiliated organisations as listed.
 * English names are the release's own; the Korean names are the agencies'
 * official names, which the release does not give (see BRIEF.md).
 */
const agencyData = [
  {
    id: 'msit',
    shortName: 'MSIT',
    name: 'Ministry of Science and ICT',
    nameKo: '과학기술정보통신부',
    group: 'Government',
  },
  {
    id: 'nipa',
    shortName: 'NIPA',
    name: 'National IT Industry Promotion Agency',
    nameKo: '정보통신산업진흥원',
    group: 'Affiliated Organization',
  },
  {
    id: 'k-data',
    shortName: 'K-Data',
    name: 'Korea Data Agency',
    nameKo: '한국데이터산업진흥원',
    group: 'Affiliated Organization',
  },
  {
    id: 'kisa',
    shortName: 'KISA',
    name: 'Korea Internet and Security Agency',
    nameKo: '한국인터넷진흥원',
    group: 'Affiliated Organization',
  },
  {
    id: 'nia',
    shortName: 'NIA',
    name: 'National Information Society Agency',
    nameKo: '한국지능정보사회진흥원',
    group: 'Affiliated Organization',
  },
] as const satisfies readonly AgencyData[];

/** The agencies' ids, 'msit' | 'nipa' | …, as the data gives them. */
export type AgencyId = (typeof agencyData)[number]['id'];

export const agencies: readonly Agency[] = agencyData;

export const worldBank: Organisation = {
  id: 'world-bank',
  shortName: 'World Bank',
  name: 'World Bank',
  article: 'the',
  nameKo: '세계은행',
};

export const { isAgencyId, getAgency, getOrganisation, nameInSentence, organisationList } = organisationLookups(
  agencies,
  worldBank,
);
