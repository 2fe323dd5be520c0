import { canonicalQuery } from '../../lib/canonicalQuery';
import { typedText } from '../../lib/typedSearchValues';

export const MAX_SEARCH_LENGTH = 200;

// A type, not an interface, so that the router's stringifier takes it as a record.
export type SearchPageSearch = { q?: string };

/**
 * The route's validateSearch: the query, capped. `q` is always returned,
 * undefined when unreadable, because the router keeps any raw value a
 * validator leaves out.
 */
export function validateSearchPage(search: { q?: unknown }): SearchPageSearch {
  const q = typedText(search.q);
  return { q: q === undefined ? undefined : canonicalQuery(q, MAX_SEARCH_LENGTH) };
}

/** The query the page searches for: '' when there is none. */
export function parseSearchPage(search: SearchPageSearch): string {
  return search.q ?? '';
}

/** The one URL form of a query: a blank query is left out. */
export function toSearchPageSearch(query: string): SearchPageSearch {
  const canonical = canonicalQuery(query, MAX_SEARCH_LENGTH);
  return canonical ? { q: canonical } : {};
}
