/**
 * The one address of a page that a slip names: every path on the site is lower
 * case, and a folder's `index.html` is the folder. `/Contacts/index.html` is `/contacts`.
 */
export function canonicalPathname(pathname: string): string {
  return pathname.toLowerCase().replace(/\/index\.html$/, '') || '/';
}
