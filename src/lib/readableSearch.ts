import { stringifySearchWith } from '@tanstack/react-router';

/**
 * Decides which strings must be quoted in the URL. The router reads `?q=1835`
 * back as the number 1835 and `?q=[]` as an empty list, so its default quotes
 * every string that parses as JSON: `?q=%221835%22`. Search schemas turn a
 * number or true/false back into the same text, so those need no quotes; any
 * other string that would come back changed is quoted. The library's contract:
 * throwing means "leave the string as it is".
 */
function parsesToSomethingElse(value: string): unknown {
  const parsed: unknown = JSON.parse(value);
  const comesBackAsTyped = (typeof parsed === 'number' || typeof parsed === 'boolean') && String(parsed) === value;
  if (comesBackAsTyped) throw new Error('reads back as typed');
  return parsed;
}

const stringifyWithFewQuotes = stringifySearchWith(JSON.stringify, parsesToSomethingElse);

/**
 * Keeps shared links readable: `?agency=kisa,nia` rather than
 * `?agency=kisa%2Cnia` (commas are legal in a query string), and `?q=1835`
 * rather than `?q=%221835%22`.
 */
export function stringifyReadableSearch(search: Record<string, unknown>): string {
  return stringifyWithFewQuotes(search).replaceAll('%2C', ',');
}
