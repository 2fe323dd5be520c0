import type { Agency, AgencyId, Organisation, OrganisationId } from './types';

/**
 * Lookups over a list of agencies and the World Bank. src/data/organisations.ts
 * builds the app's from the real agencies; the scale benchmark's stand-in
 * (bench/scale/data/organisations.ts) builds its own from the synthetic ones,
 * so the benchmark runs the app's code, not a copy.
 */
export function organisationLookups(agencies: readonly Agency[], worldBank: Organisation) {
  const agencyIds: ReadonlySet<string> = new Set(agencies.map((agency) => agency.id));

  function isAgencyId(value: string): value is AgencyId {
    return agencyIds.has(value);
  }

  function getAgency(id: AgencyId): Agency {
    const agency = agencies.find((candidate) => candidate.id === id);
    if (!agency) throw new Error(`Unknown agency: ${id}`);
    return agency;
  }

  function getOrganisation(id: OrganisationId): Organisation {
    return id === 'world-bank' ? worldBank : getAgency(id);
  }

  /** The organisation's name as it reads mid-sentence: "the World Bank". */
  function nameInSentence(id: OrganisationId): string {
    const organisation = getOrganisation(id);
    return organisation.article ? `${organisation.article} ${organisation.name}` : organisation.name;
  }

  /** "Ministry of Science and ICT and the World Bank", capitalised to start a line. */
  function organisationList(ids: readonly OrganisationId[]): string {
    const text = ids.map(nameInSentence).join(' and ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  return { isAgencyId, getAgency, getOrganisation, nameInSentence, organisationList };
}
