import * as z from 'zod/mini';

export const MAX_SEARCH_LENGTH = 200;

// Search params arrive JSON-parsed, so `?q=2023` is a number: accept what a
// person might type, cap its length, and fall back to no query otherwise.
const query = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((value) => String(value).slice(0, MAX_SEARCH_LENGTH)),
);

export const searchPageSchema = z.object({
  q: z.catch(z.optional(query), undefined),
});

export type SearchPageSearch = z.output<typeof searchPageSchema>;

/** The one URL form of a query: a blank query is left out. */
export function toSearchPageSearch(query: string): SearchPageSearch {
  return query.trim() === '' ? {} : { q: query.slice(0, MAX_SEARCH_LENGTH) };
}
