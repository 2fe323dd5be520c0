import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import { isAgencyId } from '../data/organisations';
import type { Agency, OrganisationId } from '../data/types';
import { useLocale } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import { localOrganisationName } from './localOrganisationName';

/** An organisation's name, linked to its page where it has one (the World Bank has none). */
export function OrganisationName({ id, inSentence = false }: { id: OrganisationId; inSentence?: boolean }) {
  const locale = useLocale();
  const name = localOrganisationName(id, locale, inSentence);
  return isAgencyId(id) ? (
    <Link to="/agencies/$agency" params={{ agency: id }}>
      {name}
    </Link>
  ) : (
    name
  );
}

/** "Ministry of Science and ICT and the World Bank", with each agency linked; "과학기술정보통신부 및 세계은행". */
export function OrganisationNames({ ids }: { ids: readonly OrganisationId[] }) {
  const locale = useLocale();
  return ids.map((id, index) => {
    const text = inList(id, index, locale);
    return (
      <Fragment key={id}>
        {index > 0 && (locale === 'ko' ? ' 및 ' : ' and ')}
        {isAgencyId(id) ? (
          <Link to="/agencies/$agency" params={{ agency: id }}>
            {text}
          </Link>
        ) : (
          text
        )}
      </Fragment>
    );
  });
}

function inList(id: OrganisationId, index: number, locale: Locale): string {
  const text = localOrganisationName(id, locale, true);
  return index === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
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
