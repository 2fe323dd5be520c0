/**
 * The one address of a page that a slip names: every path on the site is lower
 * case, and a folder's `index.html` is the folder. `/Contacts/index.html` is `/contacts`.
 * Percent-escapes stay as they are: the router writes them in capitals, so
 * lowering `%3C` would send a link round in circles.
 */
export function canonicalPathname(pathname: string): string {
  const lower = pathname.replace(/%[\da-f]{2}|[a-z]/gi, (found) => (found.length > 1 ? found : found.toLowerCase()));
  return lower.replace(/(\/index\.html)+$/, '') || '/';
}
