import { describe, expect, test } from 'vitest';
import { isKoreanPhone } from '../lib/phone';
import { days, findDay } from './agenda';
import { contacts } from './contacts';
import { event } from './event';
import { mou } from './mou';
import { agencies, getOrganisation } from './organisations';

const allItems = days.flatMap((day) => day.items);

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
    expect(mou.activities).toHaveLength(7);
    expect(mou.termYears).toBe(3);
    expect(mou.binding).toBe(false);
    expect(mou.signed).toBe(event.start);
  });
});

describe('the event data is consistent', () => {
  test('ids are unique', () => {
    const unique = (ids: string[]) => new Set(ids).size === ids.length;
    expect(unique(allItems.map((item) => item.slug))).toBe(true);
    expect(unique(contacts.map((contact) => contact.id))).toBe(true);
    expect(unique(agencies.map((agency) => agency.id))).toBe(true);
  });

  test('slugs are URL-safe', () => {
    for (const item of allItems) expect(item.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('every organisation reference resolves', () => {
    const references = [
      ...allItems.flatMap((item) => [...item.organisations, ...item.speakers.map((speaker) => speaker.organisation)]),
      ...mou.parties,
      ...event.hosts,
    ];
    for (const id of references) expect(getOrganisation(id).id).toBe(id);
  });

  test('the MoU points at its signing item', () => {
    const day = findDay(mou.signingItem.day);
    const item = day?.items.find((candidate) => candidate.slug === mou.signingItem.slug);
    expect(item?.kind).toBe('signing');
  });

  test('every phone is a well-formed Korean number', () => {
    for (const contact of contacts) expect(isKoreanPhone(contact.phone), contact.name).toBe(true);
  });

  test('nothing is empty', () => {
    const texts = [
      ...allItems.flatMap((item) => [item.topic, item.summary, ...item.speakers.flatMap((s) => [s.name, s.title])]),
      ...contacts.flatMap((contact) => [contact.name, contact.title, contact.team]),
      ...mou.areas,
      ...mou.activities,
    ];
    for (const text of texts) expect(text.trim()).not.toBe('');
  });
});
