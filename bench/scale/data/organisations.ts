import { worldBank } from '../../../src/data/organisations';
import { organisationLookups } from '../../../src/data/organisationLookups';
import type { Agency } from '../../../src/data/types';
import { scaleEvent } from '../scaleEvent';

// Stands in for src/data/organisations.ts in a DATASET=scale build: the same
// exports over the scale event's agencies, with the same lookups
// (src/data/organisationLookups.ts); tests/scaleEvent.test.ts fails if the real
// module gains an export this one lacks.
export { worldBank };
export const agencies = scaleEvent.agencies as readonly Agency[];

export const { isAgencyId, getAgency, getOrganisation, nameInSentence, organisationList } = organisationLookups(
  agencies,
  worldBank,
);
