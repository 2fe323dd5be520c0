import * as v from 'valibot';
import { canonicalQuery } from '../../lib/canonicalQuery';
import { typedText } from '../../lib/typedSearchValues';

export const MAX_SEARCH_LENGTH = 200;

// A type, not an interface, so that the router's stringifier takes it as a record.
export type SearchPageSearch = { q?: string };

const searchPageSchema = v.object({
  q: v.fallback(
    v.optional(
      v.pipe(
        typedText,
        v.transform((q) => canonicalQuery(q, MAX_SEARCH_LENGTH)),
      ),
    ),
    undefined,
  ),
});

/**
 * The route's validateSearch: the query, capped. A `q` that is present but
 * unreadable comes back undefined rather than left out, because the router
 * keeps any raw value a validator leaves out.
 */
export function validateSearchPage(search: { q?: unknown }): SearchPageSearch {
  return v.parse(searchPageSchema, search);
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
