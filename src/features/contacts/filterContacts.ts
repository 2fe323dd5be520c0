import { getAgency } from '../../data/organisations';
import type { Agency, Contact } from '../../data/types';
import { normalizeText, queryWords } from '../../lib/normalizeText';
import { dialledDigits, phoneQueryDigits } from '../../lib/phone';
import { queryProblem } from '../../lib/queryProblem';
import type { ContactsFilter } from './contactsSearch';
import { messagesOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locales';

/**
 * Every word of the query must appear in the contact's name, title, role,
 * team, agency or phone number; a phone number typed in any common form finds
 * its contact too. On Korean pages the Korean text shown with a contact
 * counts too: its role, group, and our glosses of its title and team (the
 * agency's Korean name always does). A query with nothing to search for, or a
 * single letter, filters nothing (see lib/queryProblem).
 */
export function filterContacts(contacts: readonly Contact[], filter: ContactsFilter, locale: Locale): Contact[] {
  const queried = queryWords(filter.query);
  const words = queryProblem(filter.query, queried) ? [] : queried;
  const phone = phoneQueryDigits(filter.query);
  const texts = words.length > 0 ? searchableTexts(contacts, locale) : [];
  return contacts.filter((contact, position) => {
    if (filter.agencies.length > 0 && !filter.agencies.includes(contact.agency)) return false;
    const text = texts[position] ?? '';
    return words.every((word) => text.includes(word)) || (phone !== undefined && text.includes(phone));
  });
}

// Folding is the costly part of a search, and the contacts never change: each
// list's texts are folded once, not on every keystroke, and kept in an array
// beside it, which a search reads straight through. A page has one language,
// so only one of these is ever filled in a browser.
const foldedLists: Record<Locale, WeakMap<readonly Contact[], string[]>> = { en: new WeakMap(), ko: new WeakMap() };

/**
 * Folds a list's texts ahead of its first search. At 5,000 contacts that is
 * the most costly part of the first keystroke, so the directory does it when
 * the search field takes focus.
 */
export function prepareContactSearch(contacts: readonly Contact[], locale: Locale): void {
  searchableTexts(contacts, locale);
}

function searchableTexts(contacts: readonly Contact[], locale: Locale): string[] {
  let texts = foldedLists[locale].get(contacts);
  if (texts === undefined) {
    texts = contacts.map((contact) => foldContact(contact, locale));
    foldedLists[locale].set(contacts, texts);
  }
  return texts;
}

function foldContact(contact: Contact, locale: Locale): string {
  const t = messagesOf(locale, 'contacts');
  const agency = getAgency(contact.agency);
  const fields = [
    contact.name,
    contact.title,
    t.roles[contact.role],
    contact.team,
    agency.shortName,
    agency.name,
    agency.nameKo,
  ];
  // What a Korean page adds in Korean: the group heading and our glosses of the title and team.
  if (locale !== 'en')
    fields.push(t.groups[agency.group], t.titleGlosses[contact.title] ?? '', t.teamGlosses[contact.team] ?? '');
  return fields.map(foldField).concat(dialledDigits(contact.phone)).join(' ');
}

// Titles, teams and agency names repeat from contact to contact: each is folded once.
const foldedFields = new Map<string, string>();

function foldField(text: string): string {
  let folded = foldedFields.get(text);
  if (folded === undefined) {
    folded = normalizeText(text);
    foldedFields.set(text, folded);
  }
  return folded;
}

export interface AgencyContacts {
  agency: Agency;
  contacts: Contact[];
}

/** Groups contacts under their agencies, in the directory's agency order, in one pass over each list. */
export function groupByAgency(contacts: readonly Contact[], agencyOrder: readonly Agency[]): AgencyContacts[] {
  const byAgency = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const group = byAgency.get(contact.agency);
    if (group) group.push(contact);
    else byAgency.set(contact.agency, [contact]);
  }
  return agencyOrder.flatMap((agency) => {
    const agencyContacts = byAgency.get(agency.id);
    return agencyContacts ? [{ agency, contacts: agencyContacts }] : [];
  });
}

/** The first `limit` contacts of the groups, in their order: a directory too long to show at once shows its start. */
export function firstContacts(groups: readonly AgencyContacts[], limit: number): AgencyContacts[] {
  const taken: AgencyContacts[] = [];
  let room = limit;
  for (const group of groups) {
    if (room <= 0) break;
    taken.push(group.contacts.length <= room ? group : { ...group, contacts: group.contacts.slice(0, room) });
    room -= group.contacts.length;
  }
  return taken;
}

/** Whether two lists show the same contacts under the same agencies: typing often changes nothing on screen. */
export function sameContacts(a: readonly AgencyContacts[], b: readonly AgencyContacts[]): boolean {
  return (
    a.length === b.length &&
    a.every((group, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        group.agency === other.agency &&
        group.contacts.length === other.contacts.length &&
        group.contacts.every((contact, position) => contact === other.contacts[position])
      );
    })
  );
}
