import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { days } from '../../src/data/agenda';
import { contacts } from '../../src/data/contacts';
import { event } from '../../src/data/event';
import { itemHeadingIn } from '../../src/data/itemHeading';
import { mou } from '../../src/data/mou';
import { agencies } from '../../src/data/organisations';
import { people } from '../../src/data/people';
import type { IsoDate } from '../../src/data/types';
import { dayLabel } from '../../src/i18n/dayLabel';
import enAgencies from '../../src/i18n/en/agencies';
import enAgenda from '../../src/i18n/en/agenda';
import enMou from '../../src/i18n/en/mou';
import enPeople from '../../src/i18n/en/people';
import enShell from '../../src/i18n/en/shell';
import koAgencies from '../../src/i18n/ko/agencies';
import koAgenda from '../../src/i18n/ko/agenda';
import koMou from '../../src/i18n/ko/mou';
import koPeople from '../../src/i18n/ko/people';
import koShell from '../../src/i18n/ko/shell';
import { type Locale, localizedPath, locales } from '../../src/i18n/locales';
import { formatDateRange, formatDateWithWeekday } from '../../src/lib/dates';
import { renderRoute } from '../renderRoute';

/*
 * The seam: every expectation here is read from the data module the tests run
 * against, and from the catalogues, never written out. `npm run test:seam` runs
 * them over a second, made-up event (DATASET=small, bench/small/), `npm test`
 * over the real one; the components and routes are the same in both.
 */

const catalogues = {
  en: { agencies: enAgencies, agenda: enAgenda, mou: enMou, people: enPeople, shell: enShell },
  ko: { agencies: koAgencies, agenda: koAgenda, mou: koMou, people: koPeople, shell: koShell },
};

/** Where a name has our translation beside it (a talk's title, in Korean), it starts the accessible name. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** A date the event does not have: its last day, a year on. */
const notADay = `${Number(event.end.slice(0, 4)) + 1}${event.end.slice(4)}`;

describe.each(locales)('in %s', (locale: Locale) => {
  const t = catalogues[locale];
  const path = (appPath: string) => localizedPath(appPath, locale);

  test('the overview names the event and its dates', async () => {
    renderRoute(path('/'));
    expect(await screen.findByRole('heading', { level: 1, name: event.name })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(formatDateRange(event.start, event.end, locale));
  });

  test.each(days.map((day) => [day.id, day] as const))(
    '/agenda/%s shows the day and each of its items',
    async (_, day) => {
      renderRoute(path(`/agenda/${day.id}`));
      const name = `${dayLabel(day, locale)}: ${formatDateWithWeekday(day.id, locale)}`;
      expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
      const programme = screen.getByRole('list', { name: t.agenda.programmeOf(dayLabel(day, locale)) });
      const articles = within(programme).getAllByRole('article');
      expect(articles).toHaveLength(day.items.length);
      day.items.forEach((item, index) => {
        expect(articles[index]).toHaveAccessibleName(startsWith(itemHeadingIn(item, t.agenda.topics)));
        expect(articles[index]).toHaveAttribute('id', item.slug);
      });
    },
  );

  test.each(agencies.map((agency) => [agency.id, agency] as const))(
    '/agencies/%s names the agency',
    async (_, agency) => {
      renderRoute(path(`/agencies/${agency.id}`));
      expect(await screen.findByRole('heading', { level: 1, name: t.agencies.name(agency) })).toBeInTheDocument();
    },
  );

  test.each(people.map((person) => [person.slug, person] as const))(
    '/people/%s names the person',
    async (_, person) => {
      renderRoute(path(`/people/${person.slug}`));
      expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
    },
  );

  test('the MoU page names the MoU', async () => {
    renderRoute(path('/mou'));
    const title = t.mou.titles[mou.title] ?? mou.title;
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
  });

  const contactNames = () => screen.queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

  test('the directory shows every contact', async () => {
    renderRoute(path('/contacts'));
    await screen.findByRole('heading', { level: 4, name: contacts[0]?.name });
    expect([...contactNames()].sort()).toEqual(contacts.map((contact) => contact.name).sort());
  });

  test.each(agencies.map((agency) => [agency.id] as const))('the directory filters by %s', async (id) => {
    renderRoute(path(`/contacts?agency=${id}`));
    const own = contacts.filter((contact) => contact.agency === id).map((contact) => contact.name);
    await screen.findByRole('heading', { level: 4, name: own[0] });
    expect(contactNames()).toEqual(own);
  });

  test.each(agencies.map((agency) => [agency.id, agency] as const))(
    'search finds %s by its name',
    async (_, agency) => {
      const name = locale === 'ko' ? agency.nameKo : agency.name;
      renderRoute(path(`/search?q=${encodeURIComponent(name)}`));
      const href = path(`/agencies/${agency.id}`);
      await waitFor(() =>
        expect(
          within(screen.getByRole('main'))
            .getAllByRole('link')
            .some((link) => link.getAttribute('href') === href),
        ).toBe(true),
      );
    },
  );

  test('unknown ids get the not-found pages', async () => {
    const { unmount } = renderRoute(path(`/agenda/${notADay as IsoDate}`));
    expect(await screen.findByRole('heading', { level: 1, name: t.agenda.noSuchDay })).toBeInTheDocument();
    unmount();
    const unmountAgency = renderRoute(path('/agencies/no-such-agency')).unmount;
    expect(await screen.findByRole('heading', { level: 1, name: t.agencies.notFoundHeading })).toBeInTheDocument();
    unmountAgency();
    const unmountPerson = renderRoute(path('/people/no-such-person')).unmount;
    expect(await screen.findByRole('heading', { level: 1, name: t.people.notFoundHeading })).toBeInTheDocument();
    unmountPerson();
    renderRoute(path('/no-such-page'));
    expect(await screen.findByRole('heading', { level: 1, name: t.shell.notFound.heading })).toBeInTheDocument();
  });
});
