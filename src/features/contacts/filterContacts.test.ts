import { beforeAll, describe, expect, test } from 'vitest';
import { contacts } from '../../data/contacts';
import { agencies } from '../../data/organisations';
import { loadMessages } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';
import { filterContacts as filterIn, firstContacts, groupByAgency, sameContacts } from './filterContacts';

beforeAll(() => loadMessages('en', 'contacts').then(() => loadMessages('ko', 'contacts')));

const filterContacts = (list: typeof contacts, filter: Parameters<typeof filterIn>[1]) => filterIn(list, filter, 'en');

const namesIn = (locale: Locale, query: string, selected: Parameters<typeof filterIn>[1]['agencies'] = []) =>
  filterIn(contacts, { agencies: selected, query }, locale).map((contact) => contact.name);
const names = (query: string, selected: Parameters<typeof filterIn>[1]['agencies'] = []) =>
  namesIn('en', query, selected);

describe('filtering contacts', () => {
  test('with no filter, everyone is listed', () => {
    expect(names('')).toHaveLength(contacts.length);
  });

  test('by agency, several at once', () => {
    expect(names('', ['kisa'])).toEqual(['Song Hye-in', 'Lim Minjee']);
    expect(names('', ['kisa', 'msit'])).toEqual(['Jang Eunyoung', 'Park Suhyun', 'Song Hye-in', 'Lim Minjee']);
  });

  test('by name, ignoring case, hyphens and spacing', () => {
    expect(names('hyein')).toEqual(['Song Hye-in']);
    expect(names('HYE IN')).toEqual(['Song Hye-in']);
    expect(names('chang yeol')).toEqual(['Yum ChangYeol']);
  });

  test('by title, team, role and agency name', () => {
    expect(names('senior manager')).toEqual(['Oh Daehoon']);
    expect(names('diffusion')).toEqual(['Kim Byungkon', 'Lee Junho']);
    expect(names('head kisa')).toEqual(['Song Hye-in']);
    expect(names('Korea Data Agency')).toEqual(['Kim Byungkon', 'Lee Junho']);
    expect(names('한국인터넷진흥원')).toEqual(['Song Hye-in', 'Lim Minjee']);
  });

  test('agency and text together narrow each other', () => {
    expect(names('lim', ['kisa'])).toEqual(['Lim Minjee']);
    expect(names('lim', ['msit'])).toEqual([]);
  });
});

test('groups contacts under agencies in directory order, skipping empty ones', () => {
  const groups = groupByAgency(filterContacts(contacts, { agencies: ['nia', 'msit'], query: '' }), agencies);
  expect(groups.map((group) => group.agency.shortName)).toEqual(['MSIT', 'NIA']);
  expect(groups[1]?.contacts).toHaveLength(2);
});

test('a long directory shows its first contacts, in the order of its groups', () => {
  const groups = groupByAgency(contacts, agencies);
  const first = firstContacts(groups, 3);
  expect(first.map((group) => [group.agency.shortName, group.contacts.map((contact) => contact.name)])).toEqual([
    ['MSIT', ['Jang Eunyoung', 'Park Suhyun']],
    ['NIPA', ['Yum ChangYeol']],
  ]);
  expect(firstContacts(groups, contacts.length)).toEqual(groups);
  expect(firstContacts(groups, 0)).toEqual([]);
});

test('two lists are the same when they show the same contacts under the same agencies', () => {
  const kisa = groupByAgency(filterContacts(contacts, { agencies: ['kisa'], query: '' }), agencies);
  expect(sameContacts(kisa, groupByAgency(filterContacts(contacts, { agencies: [], query: 'kisa' }), agencies))).toBe(
    true,
  );
  expect(sameContacts(kisa, groupByAgency(filterContacts(contacts, { agencies: [], query: 'lim' }), agencies))).toBe(
    false,
  );
  expect(sameContacts(kisa, firstContacts(kisa, 1))).toBe(false);
});

describe('finding a contact by phone number', () => {
  test('in any common form', () => {
    for (const query of ['061-820-1835', '0618201835', '+82 61 820 1835', '+82-61-820-1835', '820-1835'])
      expect(names(query), query).toEqual(['Song Hye-in']);
  });

  test('by the first digits, as they are typed', () => {
    expect(names('061')).toEqual(['Song Hye-in', 'Lim Minjee']);
    expect(names('061-820-1')).toEqual(['Song Hye-in', 'Lim Minjee']);
    expect(names('061-820-18')).toEqual(['Song Hye-in']);
  });
});

test('a query with nothing to search for, or a single letter, filters nothing', () => {
  for (const query of ['%', '../', '***', 'k']) expect(names(query), query).toHaveLength(contacts.length);
  expect(names('k', ['kisa'])).toEqual(['Song Hye-in', 'Lim Minjee']);
});

describe('on Korean pages', () => {
  test('the Korean shown with a contact finds it: agency names, roles, groups and our glosses', () => {
    expect(namesIn('ko', '인터넷진흥원')).toEqual(['Song Hye-in', 'Lim Minjee']);
    expect(namesIn('ko', '담당자 한국인터넷진흥원')).toEqual(['Lim Minjee']);
    expect(namesIn('ko', '팀장 데이터')).toEqual(['Kim Byungkon']);
    expect(namesIn('ko', '과장')).toEqual(['Jang Eunyoung']);
    expect(namesIn('ko', '정부')).toEqual(['Jang Eunyoung', 'Park Suhyun']);
    expect(namesIn('ko', '글로벌협력팀')).toEqual(['Song Hye-in', 'Lim Minjee']);
  });

  test('the English names, titles, teams and numbers still find their contacts', () => {
    for (const query of ['hyein', 'senior manager', 'diffusion', 'Korea Data Agency', '+82 61 820 1835'])
      expect(namesIn('ko', query), query).toEqual(namesIn('en', query));
  });

  test('English pages do not match the Korean glosses', () => {
    expect(names('팀장')).toEqual([]);
    expect(names('과장')).toEqual([]);
  });
});

test('a query does not match across two fields of a contact', () => {
  // Song Hye-in, Team Leader: "hyeinteam" would join the end of her name to the start of her title.
  expect(filterContacts(contacts, { agencies: [], query: 'hyeinteam' })).toEqual([]);
});

test('two lists differ when their groups, agencies, sizes or contacts differ', () => {
  const groups = groupByAgency(contacts, agencies);
  const [first, second] = groups;
  if (!first || !second) throw new Error('no groups');
  expect(sameContacts(groups, groupByAgency(contacts, agencies))).toBe(true);
  expect(sameContacts(groups, groups.slice(1))).toBe(false);
  expect(sameContacts([first], [{ ...first, agency: second.agency }])).toBe(false);
  expect(sameContacts([first], [{ ...first, contacts: first.contacts.slice(1) }])).toBe(false);
  expect(sameContacts([first], [{ ...first, contacts: [...first.contacts].reverse() }])).toBe(false);
  expect(sameContacts([first, second], [first, { ...second, contacts: [...second.contacts].reverse() }])).toBe(false);
  // A list that grows, a group that gains a contact, and a group that shares only its first contact.
  expect(sameContacts([first], [first, second])).toBe(false);
  expect(sameContacts([{ ...first, contacts: first.contacts.slice(0, 1) }], [first])).toBe(false);
  const [head] = first.contacts;
  const [otherHead] = second.contacts;
  if (!head || !otherHead) throw new Error('no contacts');
  expect(sameContacts([first], [{ ...first, contacts: [head, otherHead] }])).toBe(false);
});
