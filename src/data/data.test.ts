import { describe, expect, test } from 'vitest';
import { days, findDay } from './agenda';
import { contacts } from './contacts';
import { dataProblems } from './dataProblems';
import { event } from './event';
import { eventDataset as eventData } from './eventDataset';
import { itemSummaries } from './itemSummaries';
import { mou } from './mou';
import { mouTerms } from './mouTerms';
import { agencies } from './organisations';

describe('the event data is complete', () => {
  test('three days, from the event’s first date to its last', () => {
    expect(days.map((day) => day.id)).toEqual(['2023-03-21', '2023-03-22', '2023-03-23']);
    expect(days[0]?.id).toBe(event.start);
    expect(days.at(-1)?.id).toBe(event.end);
    expect(days.every((day) => day.items.length > 0)).toBe(true);
  });

  test('five agencies, MSIT the only government one', () => {
    expect(agencies.map((agency) => agency.shortName)).toEqual(['MSIT', 'NIPA', 'K-Data', 'KISA', 'NIA']);
    expect(agencies.filter((agency) => agency.group === 'Government').map((agency) => agency.id)).toEqual(['msit']);
  });

  test('ten contacts: one head and one point of contact per agency, sharing a team', () => {
    expect(contacts).toHaveLength(10);
    for (const agency of agencies) {
      const own = contacts.filter((contact) => contact.agency === agency.id);
      expect(
        own.map((contact) => contact.role),
        agency.id,
      ).toEqual(['head', 'point-of-contact']);
      expect(new Set(own.map((contact) => contact.team)).size, agency.id).toBe(1);
    }
  });

  test('the MoU has nine areas, seven activities and a three-year term from day 1', () => {
    expect(mou.areas).toHaveLength(9);
    expect(mouTerms.activities).toHaveLength(7);
    expect(mou.termYears).toBe(3);
    expect(mou.binding).toBe(false);
    expect(mou.signed).toBe(event.start);
  });
});

describe('the event data is consistent', () => {
  test('it passes the schema: unique ids, resolving references, Korean phones, dates within the event, nothing empty', () => {
    expect(dataProblems(eventData)).toEqual([]);
  });

  test('the MoU points at its signing item', () => {
    const day = findDay(mou.signingItem.day);
    const item = day?.items.find((candidate) => candidate.slug === mou.signingItem.slug);
    expect(item?.kind).toBe('signing');
  });
});

describe('a wrong edit is named precisely', () => {
  test('an item without a summary, and a summary without an item', () => {
    const edited = Object.fromEntries(Object.entries(itemSummaries).filter(([slug]) => slug !== 'mou-signing'));
    expect(dataProblems({ ...eventData, itemSummaries: { ...edited, 'no-such-item': 'A summary.' } })).toEqual([
      'days[0].items[1].slug: has no summary',
      'itemSummaries.no-such-item: "no-such-item" names no agenda item (known: welcoming-remarks, mou-signing, national-digital-strategy, ai-for-participation-solidarity-and-prosperity, a-new-journey-to-digital-platform-government, enhancing-cyber-security-and-resilience, growth-of-the-data-industry, closing-ceremony)',
    ]);
  });

  /** The data with some fields replaced, each named as the messages name it: `contacts[3].phone`. */
  const brokenCopy = (edits: Record<string, unknown>) => {
    const copy: unknown = structuredClone(eventData);
    for (const [path, value] of Object.entries(edits)) {
      const keys = path.match(/[^.[\]]+/g) ?? [];
      const last = keys.pop() ?? '';
      const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy);
      (parent as Record<string, unknown>)[last] = value;
    }
    return dataProblems(copy);
  };

  test('a malformed phone number', () => {
    expect(brokenCopy({ 'contacts[3].phone': '043-931-573' })).toEqual([
      'contacts[3].phone: "043-931-573" is not a Korean landline number such as 044-202-6270',
    ]);
  });

  test('an empty field, a missing one and a misspelt key', () => {
    expect(
      brokenCopy({
        'days[1].items[0].speakers[0].title': '  ',
        'contacts[0].team': undefined,
        'mou.sigend': '2023-03-21',
      }),
    ).toEqual([
      'days[1].items[0].speakers[0].title: is empty',
      'contacts[0].team: Invalid type: Expected string but received undefined',
      'mou.sigend: Invalid key: Expected never but received "sigend"',
    ]);
  });

  test('a duplicate id and references that resolve to nothing', () => {
    expect(
      brokenCopy({
        'contacts[1].id': 'jang-eunyoung',
        'contacts[9].agency': 'world-bank',
        'days[2].items[1].organisations[0]': 'worldbank',
        'mou.signingItem.slug': 'signing',
      }),
    ).toEqual([
      'contacts[1].id: "jang-eunyoung" is already used by contacts[0].id',
      'days[2].items[1].organisations[0]: "worldbank" names no organisation (known: msit, nipa, k-data, kisa, nia, world-bank)',
      'contacts[9].agency: "world-bank" names no agency (known: msit, nipa, k-data, kisa, nia)',
      'mou.signingItem.slug: "signing" names no item on 2023-03-21 (known: welcoming-remarks, mou-signing, national-digital-strategy, ai-for-participation-solidarity-and-prosperity)',
    ]);
  });

  test('a speaker’s organisation, a host, an MoU party and the quote’s speaker that name no organisation', () => {
    expect(
      brokenCopy({
        'days[0].items[0].speakers[1].organisation': 'worldbank',
        'event.hosts[1]': 'wb',
        'mou.parties[0]': 'mist',
        'quote.speaker.organisation': 'msti',
      }),
    ).toEqual([
      'days[0].items[0].speakers[1].organisation: "worldbank" names no organisation (known: msit, nipa, k-data, kisa, nia, world-bank)',
      'event.hosts[1]: "wb" names no organisation (known: msit, nipa, k-data, kisa, nia, world-bank)',
      'mou.parties[0]: "mist" names no organisation (known: msit, nipa, k-data, kisa, nia, world-bank)',
      'quote.speaker.organisation: "msti" names no organisation (known: msit, nipa, k-data, kisa, nia, world-bank)',
    ]);
  });

  test('an MoU signing day that is no day of the event, or a day without the signing item', () => {
    expect(brokenCopy({ 'mou.signingItem.day': '2023-03-24' })).toEqual([
      'mou.signingItem.day: "2023-03-24" names no day (known: 2023-03-21, 2023-03-22, 2023-03-23)',
    ]);
    expect(brokenCopy({ 'mou.signingItem.day': '2023-03-22' })).toEqual([
      'mou.signingItem.slug: "mou-signing" names no item on 2023-03-22 (known: a-new-journey-to-digital-platform-government, enhancing-cyber-security-and-resilience)',
    ]);
  });

  test('a day id used twice', () => {
    expect(brokenCopy({ 'days[1].id': '2023-03-21' })).toEqual([
      'days[1].id: "2023-03-21" is already used by days[0].id',
      'days[1].id: 2023-03-21 does not come after the day before, 2023-03-21',
    ]);
  });

  test('an item slug used twice, even on another day', () => {
    expect(brokenCopy({ 'days[2].items[0].slug': 'mou-signing' })).toEqual([
      'days[2].items[0].slug: "mou-signing" is already used by days[0].items[1].slug',
      'itemSummaries.growth-of-the-data-industry: "growth-of-the-data-industry" names no agenda item (known: welcoming-remarks, mou-signing, national-digital-strategy, ai-for-participation-solidarity-and-prosperity, a-new-journey-to-digital-platform-government, enhancing-cyber-security-and-resilience, mou-signing, closing-ceremony)',
    ]);
  });

  test('an agency id used twice', () => {
    const again = { id: 'kisa', shortName: 'KISA2', name: 'Another agency', nameKo: '다른 기관', group: 'Government' };
    expect(brokenCopy({ 'agencies[5]': again })).toEqual(['agencies[5].id: "kisa" is already used by agencies[3].id']);
  });

  test('an agency given the World Bank’s id, and a person id used twice', () => {
    const bank = { id: 'world-bank', shortName: 'WB', name: 'Another bank', nameKo: '다른 은행', group: 'Government' };
    expect(brokenCopy({ 'agencies[5]': bank })).toEqual([
      'worldBank.id: "world-bank" is already used by agencies[5].id',
    ]);
    expect(brokenCopy({ 'people[1].id': 'guangzhe-chen' })).toEqual([
      'people[1].id: "guangzhe-chen" is already used by people[0].id',
    ]);
  });

  test('a context id used twice', () => {
    expect(brokenCopy({ 'context[3].id': 'kodi' })).toEqual(['context[3].id: "kodi" is already used by context[0].id']);
  });

  test('an id that is not a slug', () => {
    expect(
      brokenCopy({
        'contacts[2].id': 'Yum ChangYeol',
        'days[0].items[0].slug': '-welcoming',
        'agencies[1].id': 'nipa-',
      }),
    ).toEqual([
      'days[0].items[0].slug: "-welcoming" is not a slug (lower-case words joined by hyphens)',
      'agencies[1].id: "nipa-" is not a slug (lower-case words joined by hyphens)',
      'contacts[2].id: "Yum ChangYeol" is not a slug (lower-case words joined by hyphens)',
    ]);
  });

  test('a source that is not an https address, and lists left empty', () => {
    expect(brokenCopy({ 'source.url': 'http://www.msit.go.kr/eng', 'days[2].items': [], 'mou.areas': [] })).toEqual([
      'source.url: is not an https address',
      'days[2].items: is empty',
      'mou.areas: is empty',
    ]);
    expect(brokenCopy({ 'source.url': 'https://' })).toEqual(['source.url: is not an https address']);
  });

  test('an MoU term that is not a whole number of years', () => {
    expect(brokenCopy({ 'mou.termYears': 2.5 })).toEqual(['mou.termYears: is not a whole number of years']);
    expect(brokenCopy({ 'mou.termYears': 0 })).toEqual(['mou.termYears: is not a whole number of years']);
    expect(brokenCopy({ 'mou.termYears': 1 })).toEqual([]);
  });

  test('dates with anything before or after them, or unpadded', () => {
    expect(
      brokenCopy({ 'mou.signed': '2023-03-21x', 'event.start': 'x2023-03-21', 'days[0].id': '2023-3-21' }),
    ).toEqual([
      'event.start: "x2023-03-21" is not a calendar date (YYYY-MM-DD)',
      'days[0].id: "2023-3-21" is not a calendar date (YYYY-MM-DD)',
      'mou.signed: "2023-03-21x" is not a calendar date (YYYY-MM-DD)',
    ]);
  });

  test('an event that ends before it starts', () => {
    expect(brokenCopy({ 'event.start': '2023-03-24' })).toEqual([
      'event.end: 2023-03-23 is before the start, 2023-03-24',
      'days[0].id: 2023-03-21 is outside the event, 2023-03-24 to 2023-03-23',
      'days[1].id: 2023-03-22 is outside the event, 2023-03-24 to 2023-03-23',
      'days[2].id: 2023-03-23 is outside the event, 2023-03-24 to 2023-03-23',
      'mou.signed: 2023-03-21 is outside the event, 2023-03-24 to 2023-03-23',
    ]);
  });

  test('a one-day event is no problem in itself: only the days after it are outside it', () => {
    expect(brokenCopy({ 'event.end': '2023-03-21' })).toEqual([
      'days[1].id: 2023-03-22 is outside the event, 2023-03-21 to 2023-03-21',
      'days[2].id: 2023-03-23 is outside the event, 2023-03-21 to 2023-03-21',
    ]);
  });

  test('no data at all', () => {
    expect(dataProblems(null)).toEqual(['the data: Invalid type: Expected Object but received null']);
  });

  test('dates outside the event or not on the calendar', () => {
    expect(brokenCopy({ 'mou.signed': '2023-03-20', 'days[2].id': '2023-03-24' })).toEqual([
      'days[2].id: 2023-03-24 is outside the event, 2023-03-21 to 2023-03-23',
      'mou.signed: 2023-03-20 is outside the event, 2023-03-21 to 2023-03-23',
    ]);
    expect(brokenCopy({ 'event.end': '2023-02-30' })).toEqual([
      'event.end: "2023-02-30" is not a calendar date (YYYY-MM-DD)',
    ]);
  });
});
