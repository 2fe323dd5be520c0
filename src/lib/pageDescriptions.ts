import { days } from '../data/agenda';
import { event } from '../data/event';
import { agencies, getOrganisation } from '../data/organisations';
import type { Agency, AgendaItem, EventDay, Mou, OrganisationId } from '../data/types';
import { formatDate, formatDateRange, formatDateWithWeekday } from './dates';
import { listInWords } from './listInWords';
import { dayLabel } from '../i18n/dayLabel';
import type { Locale } from '../i18n/locales';
import { messagesOf } from '../i18n/catalogue';
import { itemHeading, itemHeadingIn } from '../data/itemHeading';

// Link previews show a page's meta description: one or two plain sentences,
// built from the data like every other word on the page.

const agencyNames = (locale: Locale) =>
  listInWords(
    agencies.map((agency) => agency.shortName),
    locale,
  );

export function overviewDescription(locale: Locale): string {
  const t = messagesOf(locale, 'overview');
  const agencyList = listInWords(
    agencies.map((agency) => messagesOf(locale, 'agenda').agencyName(agency)),
    locale,
  );
  return t.description(
    event.name,
    formatDateRange(event.start, event.end, locale),
    shortNames(event.hosts, locale),
    agencyList,
  );
}

export function dayDescription(day: EventDay, locale: Locale): string {
  return messagesOf(locale, 'agenda').dayDescription(
    dayLabel(day, locale),
    event.name,
    formatDateWithWeekday(day.id, locale),
    day.items.map((item) => itemInWords(item, locale)),
  );
}

export function mouDescription(agreement: Mou, locale: Locale): string {
  const t = messagesOf(locale, 'mou');
  return t.description(
    shortNames(agreement.parties, locale),
    formatDate(agreement.signed, locale),
    agreement.binding,
    agreement.termYears,
    agreement.areas.map((area) => t.areas[area] ?? area),
  );
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
  const t = messagesOf(locale, 'agenda');
  const heading = itemHeadingIn(item, t.topics);
  const speakers = item.speakers.map((speaker) =>
    t.speakerInWords(speaker.name, getOrganisation(speaker.organisation)),
  );
  return speakers.length > 0 ? t.itemBy(heading, listInWords(speakers, locale)) : heading;
}

/** "MSIT and the World Bank"; in Korean, their Korean names. */
function shortNames(ids: readonly OrganisationId[], locale: Locale): string {
  const t = messagesOf(locale, 'agenda');
  return listInWords(
    ids.map((id) => t.shortName(getOrganisation(id))),
    locale,
  );
}
