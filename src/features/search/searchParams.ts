import * as z from 'zod/mini';
import { canonicalQuery } from '../../lib/canonicalQuery';

export const MAX_SEARCH_LENGTH = 200;

// Search params arrive JSON-parsed, so `?q=2023` is a number: accept what a
// person might type, cap its length, and fall back to no query otherwise.
const query = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((value) => canonicalQuery(String(value), MAX_SEARCH_LENGTH)),
);

export const searchPageSchema = z.object({
  q: z.catch(z.optional(query), undefined),
});

export type SearchPageSearch = z.output<typeof searchPageSchema>;

/** The query the page searches for: '' when there is none. */
export function parseSearchPage(search: SearchPageSearch): string {
  return search.q ?? '';
}

/** The one URL form of a query: a blank query is left out. */
export function toSearchPageSearch(query: string): SearchPageSearch {
  const canonical = canonicalQuery(query, MAX_SEARCH_LENGTH);
  return canonical ? { q: canonical } : {};
}
