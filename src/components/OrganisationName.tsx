import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { getOrganisation, isAgencyId, nameInSentence } from '../data/organisations';
import type { Agency, OrganisationId } from '../data/types';

/** An organisation's name, linked to its page where it has one (the World Bank has none). */
export function OrganisationName({ id, inSentence = false }: { id: OrganisationId; inSentence?: boolean }) {
  const name = inSentence ? nameInSentence(id) : getOrganisation(id).name;
  return isAgencyId(id) ? (
    <Link to="/agencies/$agency" params={{ agency: id }}>
      {name}
    </Link>
  ) : (
    name
  );
}

/** "Ministry of Science and ICT and the World Bank", with each agency linked. */
export function OrganisationNames({ ids }: { ids: readonly OrganisationId[] }) {
  return ids.map((id, index) => {
    const text = nameInSentence(id);
    const capitalised = index === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    return (
      <Fragment key={id}>
        {index > 0 && ' and '}
        {isAgencyId(id) ? (
          <Link to="/agencies/$agency" params={{ agency: id }}>
            {capitalised}
          </Link>
        ) : (
          capitalised
        )}
      </Fragment>
    );
  });
}

/** "KISA", linked to the agency's page unless told not to. */
export function AgencyShortName({ agency, linked = true }: { agency: Agency; linked?: boolean }) {
  return linked ? (
    <Link to="/agencies/$agency" params={{ agency: agency.id }}>
      {agency.shortName}
    </Link>
  ) : (
    agency.shortName
  );
}
