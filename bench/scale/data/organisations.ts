import { worldBank } from '../../../src/data/organisations';
import type { Agency, AgencyId, Organisation, OrganisationId } from '../../../src/data/types';
import { scaleEvent } from '../scaleEvent';

// Stands in for src/data/organisations.ts in a DATASET=scale build: the same
// exports over the scale event's agencies. The helpers are copied from the
// real module so the benchmark runs the real algorithms; tests/scaleEvent.test.ts
// fails if the real module gains an export this one lacks.
export { worldBank };
export const agencies = scaleEvent.agencies as readonly Agency[];

const agencyIds: ReadonlySet<string> = new Set(agencies.map((agency) => agency.id));

export function isAgencyId(value: string): value is AgencyId {
  return agencyIds.has(value);
}

export function getAgency(id: AgencyId): Agency {
  const agency = agencies.find((candidate) => candidate.id === id);
  if (!agency) throw new Error(`Unknown agency: ${id}`);
  return agency;
}

export function getOrganisation(id: OrganisationId): Organisation {
  return id === 'world-bank' ? worldBank : getAgency(id);
}

/** The organisation's name as it reads mid-sentence: "the World Bank". */
export function nameInSentence(id: OrganisationId): string {
  const organisation = getOrganisation(id);
  return organisation.article ? `${organisation.article} ${organisation.name}` : organisation.name;
}

/** "Ministry of Science and ICT and the World Bank", capitalised to start a line. */
export function organisationList(ids: readonly OrganisationId[]): string {
  const text = ids.map(nameInSentence).join(' and ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
