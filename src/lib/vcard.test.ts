import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { contacts } from '../data/contacts';
import { getAgency } from '../data/organisations';
import type { Contact } from '../data/types';
import { toVCards, vCardFilename } from './vcard';

function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text);
  // One card parses to a jCard; several parse to a list of them.
  const jCards = typeof parsed[0] === 'string' ? [parsed] : parsed;
  return jCards.map((jCard: unknown[]) => new ICAL.Component(jCard as never));
}

const value = (card: ICAL.Component, name: string) => card.getFirstPropertyValue(name);
const kisa = contacts.filter((contact) => contact.agency === 'kisa');

describe('vCard 4.0 export', () => {
  // What each card should hold beyond the data's own words, written out: its UID (unit tests run in Node with the
  // local build's site, http://127.0.0.1:4173), its role and its phone as a tel: URI.
  const expected = [
    ['http://127.0.0.1:4173/contacts#jang-eunyoung', 'Head', 'tel:+82-44-202-6270'],
    ['http://127.0.0.1:4173/contacts#park-suhyun', 'Point of contact', 'tel:+82-44-202-4361'],
    ['http://127.0.0.1:4173/contacts#yum-changyeol', 'Head', 'tel:+82-43-931-5730'],
    ['http://127.0.0.1:4173/contacts#lim-seulah', 'Point of contact', 'tel:+82-43-931-5736'],
    ['http://127.0.0.1:4173/contacts#kim-byungkon', 'Head', 'tel:+82-2-3708-5430'],
    ['http://127.0.0.1:4173/contacts#lee-junho', 'Point of contact', 'tel:+82-2-3708-5434'],
    ['http://127.0.0.1:4173/contacts#song-hye-in', 'Head', 'tel:+82-61-820-1835'],
    ['http://127.0.0.1:4173/contacts#lim-minjee', 'Point of contact', 'tel:+82-61-820-1223'],
    ['http://127.0.0.1:4173/contacts#yang-hyunsoo', 'Head', 'tel:+82-64-909-3011'],
    ['http://127.0.0.1:4173/contacts#oh-daehoon', 'Point of contact', 'tel:+82-2-6191-2024'],
  ];

  test('every field of every contact round-trips through a real parser', () => {
    const cards = parseCards(toVCards(contacts));
    expect(cards).toHaveLength(expected.length);
    cards.forEach((card, index) => {
      const contact = contacts[index] as Contact;
      const [uid, role, tel] = expected[index] ?? [];
      const agency = getAgency(contact.agency);
      expect(card.name).toBe('vcard');
      expect(value(card, 'version')).toBe('4.0');
      expect(value(card, 'kind')).toBe('individual');
      expect(value(card, 'uid')).toBe(uid);
      expect(value(card, 'fn')).toBe(contact.name);
      const [family, given, ...rest] = value(card, 'n') as string[];
      expect(`${family} ${given}`).toBe(contact.name);
      expect(rest).toEqual(['', '', '']);
      expect(value(card, 'org')).toEqual([agency.name, contact.team]);
      expect(value(card, 'title')).toBe(contact.title);
      expect(value(card, 'role')).toBe(role);
      const telProperty = card.getFirstProperty('tel');
      expect(telProperty?.type).toBe('uri');
      expect(telProperty?.getFirstValue()).toBe(tel);
      expect(telProperty?.getParameter('type')).toEqual(['work', 'voice']);
      expect(value(card, 'note')).toBe(
        'Listed as a contact for Korea Digital Days (21–23 March 2023) in the Ministry of Science and ICT press release “Korea’s National Digital Strategy to Be Shared with the World”, used under the Korea Open Government License (KOGL) Type 1.',
      );
    });
  });

  test('each card has its own UID, the contact’s canonical link, the same in every download', () => {
    const uids = parseCards(toVCards(contacts)).map((card) => value(card, 'uid'));
    expect(new Set(uids).size).toBe(contacts.length);
    expect(uids).toEqual(parseCards(toVCards(contacts)).map((card) => value(card, 'uid')));
    expect(uids[0]).toMatch(/^https?:\/\/[^/]+\/contacts#jang-eunyoung$/);
  });

  test('Song Hye-in’s card reads as an address book would show it', () => {
    const [song] = parseCards(toVCards(kisa));
    expect(value(song as ICAL.Component, 'n')).toEqual(['Song', 'Hye-in', '', '', '']);
    expect(value(song as ICAL.Component, 'org')).toEqual([
      'Korea Internet and Security Agency',
      'Global Cooperation Team',
    ]);
    expect(value(song as ICAL.Component, 'tel')).toBe('tel:+82-61-820-1835');
  });

  test('uses CRLF line ends and folds lines at 75 octets', () => {
    const text = toVCards(contacts);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  test('escapes commas, semicolons, backslashes and newlines so they round-trip', () => {
    const awkward: Contact = {
      ...(contacts[0] as Contact),
      name: 'Kim Jr., A; B',
      title: 'Head\\of, Unit;\nSeoul',
      team: 'Team; One, Two',
    };
    const [card] = parseCards(toVCards([awkward]));
    expect(value(card as ICAL.Component, 'fn')).toBe('Kim Jr., A; B');
    expect(value(card as ICAL.Component, 'title')).toBe('Head\\of, Unit;\nSeoul');
    expect(value(card as ICAL.Component, 'org')).toEqual(['Ministry of Science and ICT', 'Team; One, Two']);
    expect(value(card as ICAL.Component, 'n')).toEqual(['Kim', 'Jr., A; B', '', '', '']);
  });

  test('names the file after the contact, the agency or the event', () => {
    expect(vCardFilename(kisa.slice(0, 1))).toBe('song-hye-in.vcf');
    expect(vCardFilename(kisa, ['kisa'])).toBe('korea-digital-days-contacts-kisa.vcf');
    expect(vCardFilename(contacts)).toBe('korea-digital-days-contacts.vcf');
  });

  test('a filtered list’s file names its filter, safely and briefly', () => {
    expect(vCardFilename(contacts, ['kisa', 'nia'])).toBe('korea-digital-days-contacts-kisa-nia.vcf');
    expect(vCardFilename(contacts, ['kisa', 'Cyber  Security'])).toBe(
      'korea-digital-days-contacts-kisa-cyber-security.vcf',
    );
    expect(vCardFilename(contacts, ['../../etc/passwd'])).toBe('korea-digital-days-contacts-etc-passwd.vcf');
    expect(vCardFilename(contacts, ['***', ''])).toBe('korea-digital-days-contacts.vcf');
    expect(vCardFilename(contacts, ['한국인터넷진흥원'])).toBe('korea-digital-days-contacts-한국인터넷진흥원.vcf');
    expect(vCardFilename(contacts, ['a'.repeat(500)])).toBe(`korea-digital-days-contacts-${'a'.repeat(40)}.vcf`);
    // A search cut short just after a word ends without the hyphen that followed it.
    expect(vCardFilename(contacts, [`${'a'.repeat(39)} security`])).toBe(
      `korea-digital-days-contacts-${'a'.repeat(39)}.vcf`,
    );
  });
});
