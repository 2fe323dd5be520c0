import { days } from '../src/data/agenda';
import { contacts } from '../src/data/contacts';
import { people } from '../src/data/people';
import { event } from '../src/data/event';
import { itemHeading } from '../src/data/itemHeading';
import { mou } from '../src/data/mou';
import { agencies, getOrganisation } from '../src/data/organisations';
import type { IsoDate, OrganisationId } from '../src/data/types';
import { mouStatus } from '../src/features/mou/mouStatus';
import { formatDate, formatDateRange, formatWeekday } from '../src/lib/dates';
import { formatCount } from '../src/lib/formatCount';
import { listInWords } from '../src/lib/listInWords';

/** What one page's link-preview image shows: its title, a line in Korean where there is one, and key facts. */
export interface PreviewCard {
  /** The page's app path, e.g. `/agenda/2023-03-22`; the image is at `previewImagePath(path)`. */
  path: string;
  title: string;
  titleKo?: string;
  facts: readonly string[];
}

/** "MSIT and the World Bank" */
const names = (ids: readonly OrganisationId[]) =>
  listInWords(ids.map((id) => [getOrganisation(id).article, getOrganisation(id).shortName].filter(Boolean).join(' ')));

/** Every page with a preview image of its own: add a page kind with one more entry here. */
export function previewCards(today: IsoDate): PreviewCard[] {
  const status = mouStatus(mou, today);
  return [
    {
      path: '/',
      title: event.name,
      facts: [event.tagline, formatDateRange(event.start, event.end), `Co-hosted by ${names(event.hosts)}`],
    },
    ...days.map((day) => ({
      path: `/agenda/${day.id}`,
      title: `${day.label}, ${formatWeekday(day.id)} ${formatDate(day.id)}`,
      facts: day.items.map(
        (item) =>
          // Who comes first, so a long title is what gets cut short.
          `${item.speakers.length > 0 ? listInWords(item.speakers.map((speaker) => speaker.name)) : names(item.organisations)}: ${itemHeading(item)}`,
      ),
    })),
    {
      path: '/mou',
      title: mou.title,
      facts: [
        `Signed by ${names(mou.parties)} on ${formatDate(mou.signed)}`,
        `${mou.binding ? 'Binding' : 'Non-binding'}, for ${mou.termYears} years`,
        status.state === 'in-effect'
          ? `In effect until ${formatDate(status.until)}`
          : `Its term ended on ${formatDate(status.ended)}`,
        formatCount(mou.areas.length, 'area') + ' of cooperation',
      ],
    },
    {
      path: '/contacts',
      title: 'Contacts',
      facts: [
        `${formatCount(contacts.length, 'contact')} at ${formatCount(agencies.length, 'agency', 'agencies')}`,
        listInWords(agencies.map((agency) => agency.shortName)),
        'Office phone numbers, in Korean and international form',
      ],
    },
    {
      path: '/agencies',
      title: 'Agencies',
      facts: agencies.map((agency) => `${agency.shortName}, ${agency.name}`),
    },
    ...agencies.map((agency) => ({
      path: `/agencies/${agency.id}`,
      title: agency.name,
      titleKo: agency.nameKo,
      facts: [
        `${agency.shortName} · ${agency.group}`,
        formatCount(contacts.filter((contact) => contact.agency === agency.id).length, 'contact'),
        ...people
          .filter((person) => person.organisation === agency.id)
          .flatMap((person) => person.appearances.map(({ item }) => `${person.name}: ${itemHeading(item)}`)),
      ],
    })),
    {
      path: '/people',
      title: 'People',
      facts: [
        `${formatCount(people.length, 'person', 'people')} who spoke at or led the sessions`,
        listInWords(people.map((person) => person.name)),
      ],
    },
    ...people.map((person) => ({
      path: `/people/${person.slug}`,
      title: person.name,
      facts: [
        `${person.title}, ${getOrganisation(person.organisation).name}`,
        ...person.appearances.map(({ item }) => itemHeading(item)),
      ],
    })),
    {
      path: '/data',
      title: 'Open data',
      facts: ['The days, people, agencies, contacts and MoU as JSON and CSV', 'Korea Open Government License Type 1'],
    },
    {
      path: '/search',
      title: 'Search',
      facts: ['The programme, speakers, agencies, contacts and the MoU’s areas of cooperation'],
    },
  ];
}
