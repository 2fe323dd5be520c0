import type { ParsedLocation } from '@tanstack/react-router';
import { stringifyReadableSearch } from './readableSearch';

/** What a link held that its page left out or read otherwise, for the page's notices. */
export interface LinkNotes {
  /** Keys the page does not read, such as `agency[]`: left out. */
  unreadKeys: string[];
  /** Keys the link gave several values for, repeated or as a list: their values were put together. */
  repeatedKeys: string[];
  /** Values that name nothing, such as an unknown agency: left out. */
  unknownValues: string[];
}

// The notes travel in the history entry of the canonical URL that replaces the
// link's, so the page can still say what the link held once the address is clean.
declare module '@tanstack/react-router' {
  interface HistoryState {
    linkNotes?: LinkNotes;
  }
}

/**
 * What a link held beyond its canonical search, or undefined when the link is
 * canonical already. `location.search` is the search as parsed from the
 * address, before any validator: a repeated key is still a list there.
 */
export function linkNotes(
  location: ParsedLocation,
  canonical: Record<string, string>,
  readKeys: readonly string[],
  unknownValues: string[],
): LinkNotes | undefined {
  if (location.searchStr === stringifyReadableSearch(canonical)) return undefined;
  const raw: Record<string, unknown> = location.search;
  return {
    unreadKeys: Object.keys(raw).filter((key) => !readKeys.includes(key)),
    repeatedKeys: readKeys.filter((key) => Array.isArray(raw[key]) && raw[key].length > 1),
    unknownValues,
  };
}
