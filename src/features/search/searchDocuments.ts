import { days } from '../../data/agenda';
import { agenciesRelatedTo, relationsOf } from '../../data/agencyAreas';
import { contacts } from '../../data/contacts';
import { mou } from '../../data/mou';
import { people } from '../../data/people';
import { agencies, getAgency, getOrganisation, isAgencyId, nameInSentence } from '../../data/organisations';
import type { Agency, AgencyId, AgendaItem, Contact, DayId, EventDay, OrganisationId, Speaker } from '../../data/types';
import { messagesOf } from '../../i18n/catalogue';
import { dayLabel } from '../../i18n/dayLabel';
import type { Locale } from '../../i18n/locales';
import type { Messages } from '../../i18n/messages';
import { formatDate, formatDateWithWeekday, formatWeekday } from '../../lib/dates';
import { listInWords } from '../../lib/listInWords';
import { dialledDigits, toInternational, toTelUri } from '../../lib/phone';
import { itemHeading } from '../../data/itemHeading';

export type SearchKind = 'agenda' | 'people' | 'agencies' | 'contacts' | 'areas';

export type SearchTarget =
  | { to: 'item'; day: DayId; slug: string }
  | { to: 'agency'; agency: AgencyId }
  | { to: 'person'; slug: string }
  | { to: 'contact'; name: string }
  | { to: 'area' };

export interface SearchLine {
  text: string;
  /** The text's language where it may differ from the page's: a Korean name, or English quoted on a Korean page. */
  lang?: Locale;
  /** Words in the page's language shown before the text, not searched: "2일 차: ". */
  lead?: string;
  /** Our translation of the text, quoted in English: shown after it, and searched. */
  gloss?: string;
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
  /** The title's language where it may differ from the page's. */
  titleLang?: Locale;
  /** Our translation of a title quoted in English: shown after it, and searched. */
  titleGloss?: string;
  lines: SearchLine[];
  target: SearchTarget;
  /** Agencies to link from the result, beyond its own target. */
  related?: AgencyId[];
}

type Terms = Messages['search'];

/**
 * Everything searchable in a language, built from the data module and the
 * 'search' and 'agenda' messages (which must be loaded: topics, kinds and our summaries), in the order each kind
 * is listed on its own page. A Korean page searches what it shows: our Korean
 * text, and the English it quotes (names, titles, teams) beside it.
 */
export function buildSearchDocuments(locale: Locale): SearchDocument[] {
  const t = messagesOf(locale, 'search');
  return [
    ...agendaDocuments(locale),
    ...peopleDocuments(locale),
    ...agencyDocuments(t, locale),
    ...contactDocuments(contacts, locale),
    ...areaDocuments(t, locale),
  ];
}

const built = new Map<Locale, SearchDocument[]>();

/** The documents of a language, built once. */
export function searchDocumentsFor(locale: Locale): SearchDocument[] {
  let documents = built.get(locale);
  if (!documents) {
    documents = buildSearchDocuments(locale);
    built.set(locale, documents);
  }
  return documents;
}

/** "Korea Internet and Security Agency (KISA)"; in Korean "한국인터넷진흥원(KISA)". */
function agencyWithShortName(agency: Agency, locale: Locale): string {
  return locale === 'ko' ? `${agency.nameKo}(${agency.shortName})` : `${agency.name} (${agency.shortName})`;
}

function organisationWithShortName(id: OrganisationId, locale: Locale): string {
  if (isAgencyId(id)) return agencyWithShortName(getAgency(id), locale);
  return locale === 'ko' ? messagesOf(locale, 'search').terms.organisations[id] : getOrganisation(id).name;
}

/** An English page's words: the speaker with their title and organisation. */
function speakerLine(speaker: Speaker): string {
  return `${speaker.name}, ${speaker.title}, ${organisationWithShortName(speaker.organisation, 'en')}`;
}

/** An item's topic in the page's language (the 'agenda' messages): the English is the data's own. */
function topicOf(item: AgendaItem, locale: Locale): string {
  return messagesOf(locale, 'agenda').topics[item.slug] ?? item.topic;
}

/** An item's heading, and its language: a talk's title is quoted in English, with our translation. */
function headingOf(item: AgendaItem, locale: Locale): { text: string; lang?: Locale; gloss?: string } {
  if (locale === 'en') return { text: itemHeading(item) };
  if (item.title)
    return { text: itemHeading(item), lang: 'en', gloss: messagesOf(locale, 'agenda').titleGlosses[item.slug] };
  return { text: topicOf(item, locale) };
}

/** Our translation of a job title as published, on a Korean page. */
const jobTitleGloss = (title: string, locale: Locale) => messagesOf(locale, 'agenda').jobTitleGlosses[title];

function dayLine(day: EventDay, locale: Locale): string {
  return locale === 'ko'
    ? `${dayLabel(day, locale)}, ${formatDateWithWeekday(day.id, locale)}`
    : `${dayLabel(day, locale)}, ${formatWeekday(day.id, locale)} ${formatDate(day.id, locale)}`;
}

function agendaDocuments(locale: Locale): SearchDocument[] {
  const { summaries, kinds } = messagesOf(locale, 'agenda');
  return days.flatMap((day) =>
    day.items.map((item): SearchDocument => {
      const heading = headingOf(item, locale);
      const what = item.title ? topicOf(item, locale) : kinds[item.kind];
      const who: SearchLine[] =
        locale === 'en'
          ? [
              {
                text:
                  item.speakers.length > 0
                    ? item.speakers.map(speakerLine).join('; ')
                    : item.organisations
                        .map((id) => (isAgencyId(id) ? organisationWithShortName(id, locale) : nameInSentence(id)))
                        .join(' and '),
              },
            ]
          : [
              // Names and titles as published, in English; the organisations in Korean.
              ...item.speakers.map((speaker) => ({
                text: `${speaker.name}, ${speaker.title}`,
                lang: 'en' as const,
                gloss: jobTitleGloss(speaker.title, locale),
              })),
              {
                text: listInWords(
                  [...new Set([...item.speakers.map((s) => s.organisation), ...item.organisations])].map((id) =>
                    organisationWithShortName(id, locale),
                  ),
                  locale,
                ),
              },
            ];
      return {
        kind: 'agenda',
        key: item.slug,
        title: heading.text,
        titleLang: heading.lang,
        titleGloss: heading.gloss,
        lines: [{ text: `${dayLine(day, locale)} · ${what}` }, ...who, { text: summaries[item.slug] ?? '' }],
        target: { to: 'item', day: day.id, slug: item.slug },
      };
    }),
  );
}

function peopleDocuments(locale: Locale): SearchDocument[] {
  return people.map((person) => ({
    kind: 'people',
    key: person.slug,
    title: person.name,
    titleLang: locale === 'ko' ? 'en' : undefined,
    lines: [
      ...(locale === 'en'
        ? [{ text: `${person.title}, ${organisationWithShortName(person.organisation, locale)}` }]
        : [
            { text: person.title, lang: 'en' as const, gloss: jobTitleGloss(person.title, locale) },
            { text: organisationWithShortName(person.organisation, locale) },
          ]),
      ...person.appearances.map(({ day, item }): SearchLine => {
        const heading = headingOf(item, locale);
        return locale === 'en'
          ? { text: `${dayLabel(day, locale)}: ${heading.text}` }
          : { text: heading.text, lang: heading.lang, gloss: heading.gloss, lead: `${dayLabel(day, locale)}: ` };
      }),
    ],
    target: { to: 'person', slug: person.slug },
  }));
}

function agencyDocuments(t: Terms, locale: Locale): SearchDocument[] {
  return agencies.map((agency) => {
    const areas = relationsOf(agency.id).map((relation) => t.terms.areas[relation.area]);
    return {
      kind: 'agencies',
      key: agency.id,
      title: agencyWithShortName(agency, locale),
      lines: [
        // The name in the other language, so either finds it.
        locale === 'ko' ? { text: agency.name, lang: 'en' } : { text: agency.nameKo, lang: 'ko' },
        { text: t.terms.groups[agency.group] },
        { text: t.mouAreasOf(areas.join(', ')) },
      ],
      target: { to: 'agency', agency: agency.id },
    };
  });
}

/**
 * The contacts' documents; a list other than the data module's is for
 * benchmarks (bench/). Needs the language's 'search' messages loaded.
 */
export function contactDocuments(list: readonly Contact[], locale: Locale): SearchDocument[] {
  const t = messagesOf(locale, 'search');
  return list.map((contact) => {
    const agency = getAgency(contact.agency);
    const role = t.terms.roles[contact.role];
    return {
      kind: 'contacts',
      key: contact.id,
      title: contact.name,
      titleLang: locale === 'ko' ? 'en' : undefined,
      lines: [
        ...(locale === 'en'
          ? [
              { text: `${contact.title} · ${role}` },
              { text: `${contact.team}, ${agencyWithShortName(agency, locale)}` },
              { text: agency.nameKo, lang: 'ko' as const },
            ]
          : [
              // Title and team as published, in English, with the role and agency in Korean.
              { text: contact.title, lang: 'en' as const, lead: `${role} · ` },
              { text: contact.team, lang: 'en' as const },
              { text: agencyWithShortName(agency, locale) },
            ]),
        { text: toInternational(contact.phone), tel: toTelUri(contact.phone), dialled: dialledDigits(contact.phone) },
      ],
      target: { to: 'contact', name: contact.name },
      related: [contact.agency],
    };
  });
}

function areaDocuments(t: Terms, locale: Locale): SearchDocument[] {
  return mou.areas.map((area) => ({
    kind: 'areas',
    key: area,
    title: t.terms.areas[area],
    lines: [
      { text: t.areaOf },
      // The release's word for it, so an English query finds it too.
      ...(locale === 'ko' ? [{ text: area, lang: 'en' as const }] : []),
    ],
    target: { to: 'area' },
    related: agenciesRelatedTo(area),
  }));
}
