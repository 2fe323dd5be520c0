import { worldBank } from '../../../src/data/organisations';
import { organisationLookups } from '../../../src/data/organisationLookups';
import type { Agency } from '../../../src/data/types';
import { smallEvent } from '../smallEvent';

// Stands in for src/data/organisations.ts in a DATASET=small build: the same
// exports over the small event's agencies, with the same lookups.
export { worldBank };
export const agencies = smallEvent.agencies as readonly Agency[];

export const { isAgencyId, getAgency, getOrganisation, nameInSentence, organisationList } = organisationLookups(
  agencies,
  worldBank,
);
