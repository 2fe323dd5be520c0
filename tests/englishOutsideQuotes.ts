/**
 * Latin-script words on a Korean page outside any `lang="en"` element, other
 * than those a Korean text writes in Latin letters too (acronyms, formats,
 * units): each is English the page says itself, not quoted.
 */
const ALLOWED = new Set([
  'MSIT',
  'NIPA',
  'NIA',
  'KISA',
  'K-Data',
  'AI',
  'ICT',
  'JSON',
  'CSV',
  'Schema',
  'UTF-8',
  'BOM',
  'RFC',
  'CR',
  'LF',
  'draft',
  'tel',
  'frab',
  'SaaS',
  'HPC',
  'ODA',
]);

// Not this area's to translate (the shared source line), checked where it is translated.
const SKIPPED = '[lang="en"], code, script, style, noscript, .source-link';

export function englishOutsideQuotes(root: Element): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIPPED)) continue;
    for (const word of node.textContent?.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []) {
      if (!ALLOWED.has(word)) found.push(word);
    }
  }
  return found;
}
