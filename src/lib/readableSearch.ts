import { stringifySearchWith } from '@tanstack/react-router';

// Strings are written as typed: `?q=1835`, not the router's default
// `?q=%221835%22`, which quotes any string that would parse as JSON. Search
// schemas accept the number such a value reads back as.
const stringifyPlainStrings = stringifySearchWith(JSON.stringify);

/**
 * Keeps shared links readable: `?agency=kisa,nia` rather than
 * `?agency=kisa%2Cnia` (commas are legal in a query string), and `?q=1835`
 * rather than `?q=%221835%22`.
 */
export function stringifyReadableSearch(search: Record<string, unknown>): string {
  return stringifyPlainStrings(search).replaceAll('%2C', ',');
}
