import type { Event, GovernmentOrganization, Organization, Person as SchemaPerson, WithContext } from 'schema-dts';
import { days, findDay } from '../src/data/agenda';
import { event } from '../src/data/event';
import { itemHeading } from '../src/data/itemHeading';
import { getAgency, getOrganisation, isAgencyId } from '../src/data/organisations';
import { findPerson, personSlug } from '../src/data/people';
import type { Agency, EventDay, OrganisationId, Speaker } from '../src/data/types';
import { absoluteUrl } from '../src/lib/absoluteUrl';
import { jsonScriptTag } from '../src/lib/jsonScriptTag';

/** A schema.org node as an object (schema-dts also allows a bare string for most types). */
type SchemaNode<T> = Exclude<T, string>;

export type StructuredData = WithContext<Event> | WithContext<SchemaPerson> | WithContext<GovernmentOrganization>;

/**
 * The schema.org description of what a prerendered page shows, or nothing:
 * the event on the overview and each day, a person on theirs, an agency on its own.
 * Added at build time only, so it costs the app's JavaScript nothing.
 */
export function structuredDataFor(appPath: string): StructuredData | undefined {
  const [, section = '', id = ''] = appPath.split('/');
  if (appPath === '/') return eventData(days);
  if (section === 'agenda') {
    const day = findDay(id);
    return day && eventData([day]);
  }
  if (section === 'people') {
    const person = findPerson(id);
    return person && { '@context': 'https://schema.org', ...personData(person) };
  }
  if (section === 'agencies' && isAgencyId(id))
    return { '@context': 'https://schema.org', ...agencyData(getAgency(id)) };
  return undefined;
}

/** The data as the page's `<script type="application/ld+json">`. */
export function structuredDataScript(data: StructuredData): string {
  return jsonScriptTag('application/ld+json', data);
}

// No `location`: the release names no venue or city, and nothing is taken from elsewhere (BRIEF.md).
function eventData(shown: readonly EventDay[]): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.tagline,
    startDate: event.start,
    endDate: event.end,
    url: absoluteUrl('/'),
    organizer: event.hosts.map(organisationData),
    // The release gives no times, so each item carries only its day's date.
    subEvent: shown.flatMap((day) =>
      day.items.map((item): Event => ({
        '@type': 'Event',
        name: itemHeading(item),
        startDate: day.id,
        url: absoluteUrl(`/agenda/${day.id}#${item.slug}`),
        performer: item.speakers.map(personData),
      })),
    ),
  };
}

function personData(speaker: Speaker): SchemaNode<SchemaPerson> {
  return {
    '@type': 'Person',
    name: speaker.name,
    jobTitle: speaker.title,
    worksFor: organisationData(speaker.organisation),
    url: absoluteUrl(`/people/${personSlug(speaker.name)}`),
  };
}

function organisationData(id: OrganisationId): Organization {
  return isAgencyId(id) ? agencyData(getAgency(id)) : { '@type': 'Organization', name: getOrganisation(id).name };
}

function agencyData(agency: Agency): SchemaNode<GovernmentOrganization> {
  return {
    '@type': 'GovernmentOrganization',
    name: agency.name,
    alternateName: agency.nameKo,
    url: absoluteUrl(`/agencies/${agency.id}`),
  };
}
