import { defaultStringifySearch } from '@tanstack/react-router';

/**
 * Keeps lists readable in shared links: `?agency=kisa,nia` rather than
 * `?agency=kisa%2Cnia`. Commas are legal in a query string.
 */
export function stringifyReadableSearch(search: Record<string, unknown>): string {
  return defaultStringifySearch(search).replaceAll('%2C', ',');
}
