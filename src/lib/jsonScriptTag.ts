/**
 * Data for a page as a `<script>` element the browser never runs (its type is
 * not JavaScript), so a strict CSP needs nothing for it. Every `<` is escaped:
 * no text in the data can close the element.
 */
export function jsonScriptTag(type: 'application/json' | 'application/ld+json', data: unknown, id?: string): string {
  const idAttribute = id === undefined ? '' : ` id="${id}"`;
  return `<script type="${type}"${idAttribute}>${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;
}
