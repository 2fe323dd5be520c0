const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/**
 * The agenda item slug that a URL hash names, or '' if it names none. People
 * edit and forward links, so it takes the hash with or without its `#`,
 * percent-encoded or not, in any letter case; anything that is not
 * slug-shaped names nothing rather than throwing.
 */
export function slugFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length > MAX_SLUG_LENGTH * 3) return '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  const slug = decoded.trim().toLowerCase();
  return slug.length <= MAX_SLUG_LENGTH && SLUG.test(slug) ? slug : '';
}
