import { event, source } from '../data/event';
import { getAgency } from '../data/organisations';
import type { Contact, ContactRole } from '../data/types';
import { absoluteUrl } from './absoluteUrl';
import { escapeText, toContentLines } from './contentLine';
import { formatDateRange } from './dates';
import { toTelUri } from './phone';
import { slugify } from './slugify';

export const VCARD_TYPE = 'text/vcard;charset=utf-8';

// A card is the same file in both editions, in the release's language, so it
// keeps its own English words rather than load a catalogue on a Korean page.
const roleInFile: Record<ContactRole, string> = { head: 'Head', 'point-of-contact': 'Point of contact' };

/** One vCard 4.0 (RFC 6350) per contact, in the order given. */
export function toVCards(contacts: readonly Contact[]): string {
  return contacts.map(toVCard).join('');
}

function toVCard(contact: Contact): string {
  const agency = getAgency(contact.agency);
  const { family, given } = splitName(contact.name);
  return toContentLines([
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:individual',
    // Address books key a card by its UID (some refuse a card without one), so importing again updates, not duplicates.
    `UID:${contactUid(contact)}`,
    `FN:${single(contact.name)}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
    `ORG:${escapeText(agency.name)};${escapeText(contact.team)}`,
    `TITLE:${single(contact.title)}`,
    `ROLE:${single(roleInFile[contact.role])}`,
    `TEL;VALUE=uri;TYPE=work,voice:${toTelUri(contact.phone)}`,
    `NOTE:${single(sourceNote())}`,
    'END:VCARD',
  ]);
}

/** The contact's canonical link: a URI that is unique to the contact and the same in every download. */
export function contactUid(contact: Contact): string {
  return absoluteUrl(`/contacts#${contact.id}`);
}

/** A single-valued property: RFC 6350 leaves its semicolons unescaped. */
function single(value: string): string {
  return escapeText(value, { semicolons: false });
}

/**
 * The release writes Korean names family name first ("Song Hye-in"), so
 * the first word is the family name and the rest the given name.
 */
function splitName(name: string): { family: string; given: string } {
  const [family = '', ...given] = name.trim().split(/\s+/);
  return { family, given: given.join(' ') };
}

function sourceNote(): string {
  return `Listed as a contact for ${event.name} (${formatDateRange(event.start, event.end, 'en')}) in the ${source.publisher} ${source.kind.toLowerCase()} “${source.title}”, used under the ${source.licence}.`;
}

/**
 * "song-hye-in.vcf" for one contact; for several, "korea-digital-days-contacts.vcf"
 * followed by the filter that chose them (agency ids, then the search):
 * "…-contacts-kisa-nia.vcf", "…-contacts-kisa-cyber-security.vcf". Slugs keep
 * the name safe on every file system; a long search is cut short.
 */
export function vCardFilename(contacts: readonly Contact[], filter: readonly string[] = []): string {
  const [first] = contacts;
  if (contacts.length === 1 && first) return `${first.id}.vcf`;
  const filterSlugs = filter.map((part) => [...slugify(part)].slice(0, MAX_FILTER_SLUG).join('').replace(/-$/, ''));
  return `${[slugify(event.name), 'contacts', ...filterSlugs].filter(Boolean).join('-')}.vcf`;
}

const MAX_FILTER_SLUG = 40;
