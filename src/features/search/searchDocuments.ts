import { days } from '../../data/agenda';
import { agenciesRelatedTo, relationsOf } from '../../data/agencyAreas';
import { contacts } from '../../data/contacts';
import { mou } from '../../data/mou';
import { people } from '../../data/people';
import { agencies, getAgency, getOrganisation, isAgencyId, nameInSentence } from '../../data/organisations';
import type { AgencyId, Contact, DayId, OrganisationId, Speaker } from '../../data/types';
import { formatDate, formatWeekday } from '../../lib/dates';
import { kindLabel } from '../../lib/kindLabel';
import { dialledDigits, toInternational, toTelUri } from '../../lib/phone';
import { roleLabel } from '../../lib/roleLabel';
import { itemHeading } from '../../data/itemHeading';
import { summaryOf } from '../../data/itemSummaries';

export type SearchKind = 'agenda' | 'people' | 'agencies' | 'contacts' | 'areas';

export type SearchTarget =
  | { to: 'item'; day: DayId; slug: string }
  | { to: 'agency'; agency: AgencyId }
  | { to: 'person'; slug: string }
  | { to: 'contact'; name: string }
  | { to: 'area' };

export interface SearchLine {
  text: string;
  lang?: 'ko';
  /** A tel: URI when the line is a phone number. */
  tel?: string;
  /** When the line is a phone number, its digits as dialled at home, which a phone query looks for. */
  dialled?: string;
}

/** One thing a search can find. Everything matched is also shown, so a user can see why it matched. */
export interface SearchDocument {
  kind: SearchKind;
  key: string;
  title: string;
  lines: SearchLine[];
  target: SearchTarget;
  /** Agencies to link from the result, beyond its own target. */
  related?: AgencyId[];
}

/** Everything searchable, built from the data module, in the order each kind is listed on its own page. */
export function buildSearchDocuments(): SearchDocument[] {
  return [...agendaDocuments(), ...peopleDocuments(), ...agencyDocuments(), ...contactDocuments(), ...areaDocuments()];
}

function organisationWithShortName(id: OrganisationId): string {
  const organisation = getOrganisation(id);
  return isAgencyId(id) ? `${organisation.name} (${organisation.shortName})` : organisation.name;
}

function speakerLine(speaker: Speaker): string {
  return `${speaker.name}, ${speaker.title}, ${organisationWithShortName(speaker.organisation)}`;
}

function dayLine(day: DayId, label: string): string {
  return `${label}, ${formatWeekday(day)} ${formatDate(day)}`;
}

function agendaDocuments(): SearchDocument[] {
  return days.flatMap((day) =>
    day.items.map((item) => ({
      kind: 'agenda' as const,
      key: item.slug,
      title: itemHeading(item),
      lines: [
        { text: `${dayLine(day.id, day.label)} · ${item.title ? item.topic : kindLabel[item.kind]}` },
        {
          text:
            item.speakers.length > 0
              ? item.speakers.map(speakerLine).join('; ')
              : item.organisations
                  .map((id) => (isAgencyId(id) ? organisationWithShortName(id) : nameInSentence(id)))
                  .join(' and '),
        },
        { text: summaryOf(item.slug) },
      ],
      target: { to: 'item' as const, day: day.id, slug: item.slug },
    })),
  );
}

function peopleDocuments(): SearchDocument[] {
  return people.map((person) => ({
    kind: 'people',
    key: person.slug,
    title: person.name,
    lines: [
      { text: `${person.title}, ${organisationWithShortName(person.organisation)}` },
      ...person.appearances.map(({ day, item }) => ({ text: `${day.label}: ${itemHeading(item)}` })),
    ],
    target: { to: 'person', slug: person.slug },
  }));
}

function agencyDocuments(): SearchDocument[] {
  return agencies.map((agency) => ({
    kind: 'agencies',
    key: agency.id,
    title: `${agency.name} (${agency.shortName})`,
    lines: [
      { text: agency.nameKo, lang: 'ko' },
      { text: agency.group },
      {
        text: `MoU areas: ${relationsOf(agency.id)
          .map((relation) => relation.area)
          .join(', ')}`,
      },
    ],
    target: { to: 'agency', agency: agency.id },
  }));
}

/** The contacts' documents; a list other than the data module's is for benchmarks (bench/). */
export function contactDocuments(list: readonly Contact[] = contacts): SearchDocument[] {
  return list.map((contact) => {
    const agency = getAgency(contact.agency);
    return {
      kind: 'contacts',
      key: contact.id,
      title: contact.name,
      lines: [
        { text: `${contact.title} · ${roleLabel[contact.role]}` },
        { text: `${contact.team}, ${agency.name} (${agency.shortName})` },
        { text: agency.nameKo, lang: 'ko' },
        { text: toInternational(contact.phone), tel: toTelUri(contact.phone), dialled: dialledDigits(contact.phone) },
      ],
      target: { to: 'contact', name: contact.name },
      related: [contact.agency],
    };
  });
}

function areaDocuments(): SearchDocument[] {
  return mou.areas.map((area) => ({
    kind: 'areas',
    key: area,
    title: area,
    lines: [{ text: `An area of cooperation in the ${mou.title}` }],
    target: { to: 'area' },
    related: agenciesRelatedTo(area),
  }));
}
