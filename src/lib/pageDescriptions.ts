import { days } from '../data/agenda';
import { event } from '../data/event';
import { agencies, getOrganisation } from '../data/organisations';
import type { Agency, AgendaItem, EventDay, Mou, OrganisationId } from '../data/types';
import { formatDate, formatDateRange, formatWeekday } from './dates';
import { listInWords } from './listInWords';
import { itemHeading } from '../data/itemHeading';

// Link previews show a page's meta description: one or two plain sentences,
// built from the data like every other word on the page.

const agencyNames = listInWords(agencies.map((agency) => agency.shortName));

export function overviewDescription(): string {
  return `${event.name}, ${formatDateRange(event.start, event.end)}, co-hosted by ${shortNames(event.hosts)}: the programme by day, the MoU on digital development cooperation, and whom to contact at ${agencyNames}.`;
}

export function dayDescription(day: EventDay): string {
  return `${day.label} of ${event.name}, ${formatWeekday(day.id)} ${formatDate(day.id)}: ${day.items.map(itemInWords).join('; ')}.`;
}

export function mouDescription(agreement: Mou): string {
  const first = agreement.areas[0]?.toLowerCase();
  const last = agreement.areas.at(-1)?.toLowerCase();
  return `Signed by ${shortNames(agreement.parties)} on ${formatDate(agreement.signed)}: a ${agreement.binding ? 'binding' : 'non-binding'} understanding for ${agreement.termYears} years, in ${agreement.areas.length} areas of cooperation from ${first} to ${last}.`;
}

export function contactsDescription(): string {
  return `Whom to call at ${agencyNames}: a head and a point of contact at each agency, with office phone numbers for callers in Korea and abroad.`;
}

export function agenciesDescription(): string {
  return `The ministry and agencies that presented at ${event.name}, ${agencyNames}: for each, what it presented, whom to call and the MoU areas its work relates to.`;
}

export function agencyDescription(agency: Agency): string {
  const items = days.flatMap((day) =>
    day.items
      .filter(
        (item) =>
          item.organisations.includes(agency.id) || item.speakers.some((speaker) => speaker.organisation === agency.id),
      )
      .map((item) => `${itemHeading(item)} (${day.label})`),
  );
  return `${agency.name} (${agency.shortName}) at ${event.name}: ${items.join('; ')}. Its contacts, and the MoU areas its work relates to.`;
}

export function searchDescription(): string {
  return `Search ${event.name}: the programme, speakers, agencies, contacts and the MoU’s areas of cooperation.`;
}

function itemInWords(item: AgendaItem): string {
  const heading = itemHeading(item);
  const speakers = item.speakers.map(
    (speaker) => `${speaker.name} (${getOrganisation(speaker.organisation).shortName})`,
  );
  return speakers.length > 0 ? `${heading} by ${listInWords(speakers)}` : heading;
}

/** "MSIT and the World Bank" */
function shortNames(ids: readonly OrganisationId[]): string {
  return listInWords(
    ids.map((id) => {
      const organisation = getOrganisation(id);
      return organisation.article ? `${organisation.article} ${organisation.shortName}` : organisation.shortName;
    }),
  );
}
