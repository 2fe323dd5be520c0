import * as z from 'zod/mini';
import { agencies, isAgencyId } from '../../data/organisations';
import type { AgencyId } from '../../data/types';
import { canonicalQuery } from '../../lib/canonicalQuery';

export const MAX_QUERY_LENGTH = 200;

// Search params arrive JSON-parsed: `?agency=123` is a number and a repeated
// key is an array. Accept what a person might type; anything else falls back.
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const agencyList = z.pipe(
  z.union([scalar, z.array(scalar)]),
  z.transform((value) => canonicalAgencyList([value].flat().map(String))),
);
const query = z.pipe(
  scalar,
  z.transform((value) => normalizeQuery(String(value))),
);

export const contactsSearchSchema = z.object({
  agency: z.catch(z.optional(agencyList), undefined),
  q: z.catch(z.optional(query), undefined),
});

export type ContactsSearch = z.output<typeof contactsSearchSchema>;

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
