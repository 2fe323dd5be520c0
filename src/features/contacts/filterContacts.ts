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
  const inAgencies = (contact: Contact) => filter.agencies.length === 0 || filter.agencies.includes(contact.agency);
  if (words.length === 0 && phone === undefined) return contacts.filter(inAgencies);
  const texts = searchableTexts(contacts, locale);
  const matches = (position: number) => {
    const text = texts[position] ?? '';
    return words.every((word) => text.includes(word)) || (phone !== undefined && text.includes(phone));
  };
  return matchingPositions(contacts, locale, words, phone, matches)
    .map((position) => contacts[position] as Contact)
    .filter(inAgencies);
}

// At 5,000 contacts, testing every contact's text is a tenth of a keystroke's
// time on a mid-range phone (docs/PERFORMANCE.md). Typing on only narrows a
// search, so it tests the contacts of a search it extends; erasing goes back
// to a search just made. For the real ten contacts this saves nothing and costs
// a few short arrays.
const RECENT_SEARCHES = 32;

interface Search {
  words: readonly string[];
  phone: string | undefined;
  /** The positions of the contacts it matched. */
  positions: number[];
}

const recentSearches: Record<Locale, WeakMap<readonly Contact[], Map<string, Search>>> = {
  en: new WeakMap(),
  ko: new WeakMap(),
};

/** The positions of the contacts that `matches`, found among those of a recent search when this one narrows it. */
function matchingPositions(
  contacts: readonly Contact[],
  locale: Locale,
  words: readonly string[],
  phone: string | undefined,
  matches: (position: number) => boolean,
): number[] {
  let recent = recentSearches[locale].get(contacts);
  if (recent === undefined) {
    recent = new Map();
    recentSearches[locale].set(contacts, recent);
  }
  const key = JSON.stringify([words, phone]);
  let search = recent.get(key);
  if (search === undefined) {
    const candidates = narrowedFrom(recent.values(), words, phone) ?? contacts.map((_, position) => position);
    search = { words, phone, positions: candidates.filter(matches) };
    if (recent.size >= RECENT_SEARCHES) recent.delete(recent.keys().next().value as string);
  } else recent.delete(key);
  // Kept, or moved, to the end: the most recent last.
  recent.set(key, search);
  return search.positions;
}

/**
 * The smallest recent result that holds every contact this search can match:
 * that of a search whose every word is part of a word of this one. A phone
 * number matches on its own, so no search with one narrows or is narrowed.
 */
function narrowedFrom(recent: Iterable<Search>, words: readonly string[], phone: string | undefined) {
  if (phone !== undefined) return undefined;
  let smallest: number[] | undefined;
  for (const earlier of recent) {
    if (earlier.phone !== undefined || earlier.words.length === 0) continue;
    const narrows = earlier.words.every((part) => words.some((word) => word.includes(part)));
    if (narrows && (smallest === undefined || earlier.positions.length < smallest.length)) smallest = earlier.positions;
  }
  return smallest;
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
