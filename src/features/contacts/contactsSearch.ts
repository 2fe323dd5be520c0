import * as v from 'valibot';
import { agencies, isAgencyId } from '../../data/organisations';
import type { AgencyId } from '../../data/types';
import { canonicalQuery } from '../../lib/canonicalQuery';
import { typedText, typedTexts } from '../../lib/typedSearchValues';

export const MAX_QUERY_LENGTH = 200;

// A type, not an interface, so that the router's stringifier takes it as a record.
export type ContactsSearch = { agency?: string; q?: string };

const contactsSearchSchema = v.object({
  agency: v.fallback(v.optional(v.pipe(typedTexts, v.transform(canonicalAgencyList))), undefined),
  q: v.fallback(v.optional(v.pipe(typedText, v.transform(normalizeQuery))), undefined),
});

/**
 * The route's validateSearch: what the URL holds, in canonical form. A key
 * that is present but unreadable comes back undefined rather than left out,
 * because the router keeps any raw value a validator leaves out.
 */
export function validateContactsSearch(search: { agency?: unknown; q?: unknown }): ContactsSearch {
  return v.parse(contactsSearchSchema, search);
}

/** The keys the directory reads, in their URL order. */
export const CONTACTS_SEARCH_KEYS = ['agency', 'q'];

export interface ContactsFilter {
  agencies: readonly AgencyId[];
  query: string;
}

export interface ParsedContactsSearch extends ContactsFilter {
  /** Agency values in the URL that name no agency, for the notice. */
  unknownAgencies: string[];
}

export function parseContactsSearch(search: ContactsSearch): ParsedContactsSearch {
  const values = (search.agency ?? '')
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value.length > 0);
  const known = values.filter(isAgencyId);
  const unknownAgencies = [...new Set(values.filter((value) => !isAgencyId(value)))];
  return { agencies: inDirectoryOrder(known), query: search.q ?? '', unknownAgencies };
}

/** The one URL form of a filter: defaults left out, agencies deduplicated in directory order, keys in a fixed order. */
export function toContactsSearch(filter: ContactsFilter): ContactsSearch {
  const search: ContactsSearch = {};
  const selected = inDirectoryOrder(filter.agencies);
  if (selected.length > 0) search.agency = selected.join(',');
  const query = normalizeQuery(filter.query);
  if (query) search.q = query;
  return search;
}

/** The query as the URL keeps it (see lib/canonicalQuery). */
export function normalizeQuery(query: string): string {
  return canonicalQuery(query, MAX_QUERY_LENGTH);
}

export function toggleAgency(selected: readonly AgencyId[], agency: AgencyId): AgencyId[] {
  return selected.includes(agency) ? selected.filter((id) => id !== agency) : [...selected, agency];
}

/**
 * A link's agencies as the URL should read: known ones once each in directory
 * order, then unknown ones once each (kept for the notice). `nia,KISA,nia`
 * becomes `kisa,nia`; nothing at all becomes no key.
 */
function canonicalAgencyList(values: string[]): string | undefined {
  const named = values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value.length > 0);
  const known = inDirectoryOrder(named.filter(isAgencyId));
  const unknown = new Set(named.filter((value) => !isAgencyId(value)));
  const list = [...known, ...unknown].join(',');
  return list === '' ? undefined : list;
}

function inDirectoryOrder(selected: readonly AgencyId[]): AgencyId[] {
  return agencies.map((agency) => agency.id).filter((id) => selected.includes(id));
}
