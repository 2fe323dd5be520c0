/**
 * "Korea Digital Days" → "korea-digital-days", "한국 디지털 데이" → "한국-디지털-데이":
 * for file names and ids. Letters, marks and digits of any script stay, so a
 * name in Hangul keeps its words; everything else becomes one hyphen. It is
 * empty only for text with no letter or digit at all.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
