/**
 * Folds text for forgiving matching: case, diacritics, hyphens, spacing and
 * punctuation are ignored, so "hyein" matches "Song Hye-in". Hangul is kept
 * whole (NFC) so Korean names match as typed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Splits a query into folded words; empty words are dropped. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeText)
    .filter((word) => word.length > 0);
}
