/**
 * A free-text query as a URL keeps it: at most maxLength characters, cut
 * between code points (never through an emoji), and empty when blank. A lone
 * UTF-16 half cannot travel in a URL, so it becomes U+FFFD here rather than
 * silently on the way.
 */
export function canonicalQuery(query: string, maxLength: number): string {
  const capped = Array.from(query.replace(/\p{Cs}/gu, '\uFFFD'))
    .slice(0, maxLength)
    .join('');
  return capped.trim() === '' ? '' : capped;
}
