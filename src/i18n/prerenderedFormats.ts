import { jsonScriptTag } from '../lib/jsonScriptTag';

/**
 * What Intl formatted for a page as it was prerendered, carried in the page so
 * that hydrating it makes no Intl formatter. A page's first formatter loads
 * ICU's locale data: about 25 ms here and 100 ms on a mid-tier phone, in one
 * blocking task (docs/PERFORMANCE.md). Later renders format as usual.
 */
const carried = new Map<string, string>();
let recording: Map<string, string> | undefined;

/** The element the prerenderer writes after #root, and the app reads. */
export const formatsElementId = 'prerendered-formats';

/** The text `format` makes for `key`: the page's carried text if it has one. */
export function formatted(key: readonly (string | number)[], format: () => string): string {
  const id = JSON.stringify(key);
  const text = carried.get(id) ?? format();
  recording?.set(id, text);
  return text;
}

/** On the server: records what is formatted until the returned function is called, which returns the records. */
export function recordFormats(): () => Record<string, string> {
  const records = new Map<string, string>();
  recording = records;
  return () => {
    recording = undefined;
    return Object.fromEntries(records);
  };
}

/** The records as a JSON data block for the page (not a script the browser runs); none if there are none. */
export function formatsScript(records: Record<string, string>): string {
  if (Object.keys(records).length === 0) return '';
  return jsonScriptTag('application/json', records, formatsElementId);
}

/** In the browser: takes in the page's records. What it cannot read is left to the formatters. */
export function takeFormats(json: string | null | undefined): void {
  let records: unknown;
  try {
    records = JSON.parse(json ?? '{}');
  } catch {
    return;
  }
  if (typeof records !== 'object' || records === null) return;
  for (const [id, text] of Object.entries(records)) {
    if (typeof text === 'string') carried.set(id, text);
  }
}
