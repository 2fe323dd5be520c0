import { days } from '../data/agenda';
import { event } from '../data/event';
import { agencies, getOrganisation } from '../data/organisations';
import type { Agency, AgendaItem, EventDay, Mou, OrganisationId } from '../data/types';
import { formatDate, formatDateRange, formatWeekday } from './dates';
import { listInWords } from './listInWords';
import { dayLabel } from '../i18n/dayLabel';
import type { Locale } from '../i18n/locales';
import { messagesOf } from '../i18n/catalogue';
import { itemHeading } from '../data/itemHeading';

// Link previews show a page's meta description: one or two plain sentences,
// built from the data like every other word on the page.

const agencyNames = (locale: Locale) =>
  listInWords(
    agencies.map((agency) => agency.shortName),
    locale,
  );

export function overviewDescription(locale: Locale): string {
  return `${event.name}, ${formatDateRange(event.start, event.end, locale)}, co-hosted by ${shortNames(event.hosts, locale)}: the programme by day, the MoU on digital development cooperation, and whom to contact at ${agencyNames(locale)}.`;
}

export function dayDescription(day: EventDay, locale: Locale): string {
  return `${dayLabel(day, locale)} of ${event.name}, ${formatWeekday(day.id, locale)} ${formatDate(day.id, locale)}: ${day.items.map((item) => itemInWords(item, locale)).join('; ')}.`;
}

export function mouDescription(agreement: Mou, locale: Locale): string {
  const first = agreement.areas[0]?.toLowerCase();
  const last = agreement.areas.at(-1)?.toLowerCase();
  return `Signed by ${shortNames(agreement.parties, locale)} on ${formatDate(agreement.signed, locale)}: a ${agreement.binding ? 'binding' : 'non-binding'} understanding for ${agreement.termYears} years, in ${agreement.areas.length} areas of cooperation from ${first} to ${last}.`;
}

export function contactsDescription(locale: Locale): string {
  return messagesOf(locale, 'contacts').pageDescription(agencyNames(locale));
}

export function agenciesDescription(locale: Locale): string {
  return messagesOf(locale, 'agencies').listDescription(event.name, agencyNames(locale));
}

export function agencyDescription(agency: Agency, locale: Locale): string {
  const items = days.flatMap((day) =>
    day.items
      .filter(
        (item) =>
          item.organisations.includes(agency.id) || item.speakers.some((speaker) => speaker.organisation === agency.id),
      )
      .map((item) => `${itemHeading(item)} (${dayLabel(day, locale)})`),
  );
  return messagesOf(locale, 'agencies').pageDescription(agency, event.name, items.join('; '));
}

export function searchDescription(locale: Locale): string {
  return messagesOf(locale, 'search').pageDescription(event.name);
}

function itemInWords(item: AgendaItem, locale: Locale): string {
  const heading = itemHeading(item);
  const speakers = item.speakers.map(
    (speaker) => `${speaker.name} (${getOrganisation(speaker.organisation).shortName})`,
  );
  return speakers.length > 0 ? `${heading} by ${listInWords(speakers, locale)}` : heading;
}

/** "MSIT and the World Bank" */
function shortNames(ids: readonly OrganisationId[], locale: Locale): string {
  return listInWords(
    ids.map((id) => {
      const organisation = getOrganisation(id);
      return organisation.article ? `${organisation.article} ${organisation.shortName}` : organisation.shortName;
    }),
    locale,
  );
}
