import { getAgency } from '../../data/organisations';
import type { Agency, Contact } from '../../data/types';
import { normalizeText, queryWords } from '../../lib/normalizeText';
import type { ContactsFilter } from './contactsSearch';
import { roleLabel } from '../../lib/roleLabel';

/** Every word of the query must appear in the contact's name, title, role, team or agency. */
export function filterContacts(contacts: readonly Contact[], filter: ContactsFilter): Contact[] {
  const words = queryWords(filter.query);
  return contacts.filter((contact) => {
    if (filter.agencies.length > 0 && !filter.agencies.includes(contact.agency)) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(contact);
    return words.every((word) => haystack.includes(word));
  });
}

function searchableText(contact: Contact): string {
  const agency = getAgency(contact.agency);
  return [
    contact.name,
    contact.title,
    roleLabel[contact.role],
    contact.team,
    agency.shortName,
    agency.name,
    agency.nameKo,
  ]
    .map(normalizeText)
    .join(' ');
}

export interface AgencyContacts {
  agency: Agency;
  contacts: Contact[];
}

/** Groups contacts under their agencies, in the directory's agency order. */
export function groupByAgency(contacts: readonly Contact[], agencyOrder: readonly Agency[]): AgencyContacts[] {
  return agencyOrder
    .map((agency) => ({ agency, contacts: contacts.filter((contact) => contact.agency === agency.id) }))
    .filter((group) => group.contacts.length > 0);
}
