import { days } from '../src/data/agenda';
import { contacts } from '../src/data/contacts';
import { people } from '../src/data/people';
import { event } from '../src/data/event';
import { itemHeading } from '../src/data/itemHeading';
import { mou } from '../src/data/mou';
import { agencies, getOrganisation, isAgencyId } from '../src/data/organisations';
import type { AgendaItem, IsoDate, OrganisationId } from '../src/data/types';
import { mouStatus } from '../src/features/mou/mouStatus';
import { messagesOf } from '../src/i18n/catalogue';
import { dayLabel } from '../src/i18n/dayLabel';
import type { Locale } from '../src/i18n/locales';
import type { Namespace } from '../src/i18n/messages';
import { plural } from '../src/i18n/plural';
import { formatDate, formatDateRange, formatDateWithWeekday, formatWeekday } from '../src/lib/dates';
import { listInWords } from '../src/lib/listInWords';

/** What one page's link-preview image shows: its title, a line in the other language where there is one, and key facts. */
export interface PreviewCard {
  /** The page's app path, e.g. `/agenda/2023-03-22`; the image is at `previewImage(path, locale)`. */
  path: string;
  title: string;
  /** The title's other name: an agency's Korean name on English cards, its English name on Korean ones. */
  subtitle?: string;
  facts: readonly string[];
}

/** The catalogues the cards take words from: load them before calling previewCards. */
export const previewNamespaces: readonly Namespace[] = ['shell', 'search', 'agenda', 'data'];

interface CardWords {
  mouTitle: string;
  coHosted: (names: string) => string;
  signed: (names: string, date: string) => string;
  term: (binding: boolean, years: number) => string;
  inEffect: (date: string) => string;
  ended: (date: string) => string;
  areas: (count: number) => string;
  contactsAt: (contactCount: number, agencyCount: number) => string;
  phones: string;
  contacts: (count: number) => string;
  people: (count: number) => string;
  data: string;
  licence: string;
  search: string;
}

// The cards' own sentences, which no page says in these words. They are drawn
// at build time into images, so they live here rather than in a catalogue a
// page loads; a Korean sentence missing here is a type error all the same.
const words: Record<Locale, CardWords> = {
  en: {
    mouTitle: mou.title,
    coHosted: (names: string) => `Co-hosted by ${names}`,
    signed: (names: string, date: string) => `Signed by ${names} on ${date}`,
    term: (binding: boolean, years: number) => `${binding ? 'Binding' : 'Non-binding'}, for ${years} years`,
    inEffect: (date: string) => `In effect until ${date}`,
    ended: (date: string) => `Its term ended on ${date}`,
    areas: (count: number) => `${count} ${plural(count, 'en', { one: 'area', other: 'areas' })} of cooperation`,
    contactsAt: (contactCount: number, agencyCount: number) =>
      `${contactCount} ${plural(contactCount, 'en', { one: 'contact', other: 'contacts' })} at ${agencyCount} ${plural(agencyCount, 'en', { one: 'agency', other: 'agencies' })}`,
    phones: 'Office phone numbers, in Korean and international form',
    contacts: (count: number) => `${count} ${plural(count, 'en', { one: 'contact', other: 'contacts' })}`,
    people: (count: number) =>
      `${count} ${plural(count, 'en', { one: 'person', other: 'people' })} who spoke at or led the sessions`,
    data: 'The days, people, agencies, contacts and MoU as JSON and CSV',
    licence: 'Korea Open Government License Type 1',
    search: 'The programme, speakers, agencies, contacts and the MoU’s areas of cooperation',
  },
  ko: {
    mouTitle: '디지털 개발 협력 양해각서',
    coHosted: (names: string) => `공동 주최: ${names}`,
    signed: (names: string, date: string) => `${date} ${names} 서명`,
    term: (binding: boolean, years: number) => `${binding ? '법적 구속력 있음' : '법적 구속력 없음'}, 기간 ${years}년`,
    inEffect: (date: string) => `${date}까지 유효`,
    ended: (date: string) => `${date}에 종료`,
    areas: (count: number) => `협력 분야 ${count}개`,
    contactsAt: (contactCount: number, agencyCount: number) => `기관 ${agencyCount}곳의 연락처 ${contactCount}명`,
    phones: '사무실 전화번호, 국내 형식과 국제 형식',
    contacts: (count: number) => `연락처 ${count}명`,
    people: (count: number) => `세션에서 발표하거나 세션을 이끈 ${count}명`,
    data: '일정, 발표자, 기관, 연락처와 양해각서를 JSON과 CSV로',
    licence: '공공누리 제1유형(출처표시)',
    search: '일정, 발표자, 기관, 연락처와 양해각서의 협력 분야',
  },
};

/** "MSIT and the World Bank"; in Korean "과학기술정보통신부, 세계은행". */
function names(ids: readonly OrganisationId[], locale: Locale): string {
  if (locale === 'ko') {
    const others = messagesOf(locale, 'search').terms.organisations;
    return listInWords(
      ids.map((id) => (isAgencyId(id) ? (getOrganisation(id).nameKo ?? id) : others[id])),
      locale,
    );
  }
  return listInWords(
    ids.map((id) => [getOrganisation(id).article, getOrganisation(id).shortName].filter(Boolean).join(' ')),
    locale,
  );
}

/** A talk's title as published; otherwise its topic, in Korean on Korean cards. */
function heading(item: AgendaItem, locale: Locale): string {
  return locale === 'ko' && !item.title
    ? (messagesOf(locale, 'agenda').topics[item.slug] ?? item.topic)
    : itemHeading(item);
}

/**
 * Every page with a preview image of its own, in one language: add a page kind
 * with one more entry here. Needs the `previewNamespaces` loaded.
 */
export function previewCards(today: IsoDate, locale: Locale): PreviewCard[] {
  const t = words[locale];
  const shell = messagesOf(locale, 'shell');
  const terms = messagesOf(locale, 'search').terms;
  const status = mouStatus(mou, today);
  return [
    {
      path: '/',
      title: event.name,
      facts: [
        locale === 'ko' ? shell.taglineTranslation : event.tagline,
        formatDateRange(event.start, event.end, locale),
        t.coHosted(names(event.hosts, locale)),
      ],
    },
    ...days.map((day) => ({
      path: `/agenda/${day.id}`,
      title:
        locale === 'ko'
          ? `${dayLabel(day, locale)}, ${formatDateWithWeekday(day.id, locale)}`
          : `${dayLabel(day, locale)}, ${formatWeekday(day.id, locale)} ${formatDate(day.id, locale)}`,
      facts: day.items.map(
        (item) =>
          // Who comes first, so a long title is what gets cut short.
          `${
            item.speakers.length > 0
              ? listInWords(
                  item.speakers.map((speaker) => speaker.name),
                  locale,
                )
              : names(item.organisations, locale)
          }: ${heading(item, locale)}`,
      ),
    })),
    {
      path: '/mou',
      title: t.mouTitle,
      facts: [
        t.signed(names(mou.parties, locale), formatDate(mou.signed, locale)),
        t.term(mou.binding, mou.termYears),
        status.state === 'in-effect'
          ? t.inEffect(formatDate(status.until, locale))
          : t.ended(formatDate(status.ended, locale)),
        t.areas(mou.areas.length),
      ],
    },
    {
      path: '/contacts',
      title: shell.nav.contacts,
      facts: [
        t.contactsAt(contacts.length, agencies.length),
        listInWords(
          agencies.map((agency) => agency.shortName),
          locale,
        ),
        t.phones,
      ],
    },
    {
      path: '/agencies',
      title: shell.nav.agencies,
      facts: agencies.map((agency) => `${agency.shortName}, ${locale === 'ko' ? agency.nameKo : agency.name}`),
    },
    ...agencies.map((agency) => ({
      path: `/agencies/${agency.id}`,
      title: locale === 'ko' ? agency.nameKo : agency.name,
      subtitle: locale === 'ko' ? agency.name : agency.nameKo,
      facts: [
        `${agency.shortName} · ${terms.groups[agency.group]}`,
        t.contacts(contacts.filter((contact) => contact.agency === agency.id).length),
        ...people
          .filter((person) => person.organisation === agency.id)
          .flatMap((person) => person.appearances.map(({ item }) => `${person.name}: ${heading(item, locale)}`)),
      ],
    })),
    {
      path: '/people',
      title: shell.nav.people,
      facts: [
        t.people(people.length),
        listInWords(
          people.map((person) => person.name),
          locale,
        ),
      ],
    },
    ...people.map((person) => ({
      path: `/people/${person.slug}`,
      title: person.name,
      facts: [
        `${person.title}, ${locale === 'ko' ? names([person.organisation], locale) : getOrganisation(person.organisation).name}`,
        ...person.appearances.map(({ item }) => heading(item, locale)),
      ],
    })),
    {
      path: '/data',
      title: messagesOf(locale, 'data').pageTitle,
      facts: [t.data, t.licence],
    },
    {
      path: '/search',
      title: messagesOf(locale, 'search').pageTitle(''),
      facts: [t.search],
    },
  ];
}
