import { normalizeText } from '../../lib/normalizeText';

export interface Segment {
  text: string;
  match: boolean;
}

interface FoldedText {
  /** The text folded as normalizeText folds it. */
  folded: string;
  /** For each UTF-16 unit of `folded`, the [start, end) of the text it came from. */
  origins: Array<readonly [number, number]>;
}

// A base character with its combining marks: folded together, so a match can
// be traced back to whole characters of the original.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const MAX_TERMS = 12;

/** Folds text piece by piece, remembering where each folded character came from. */
export function fold(text: string): FoldedText {
  let folded = '';
  const origins: Array<readonly [number, number]> = [];
  for (const cluster of text.matchAll(CLUSTER)) {
    const piece = normalizeText(cluster[0]);
    const origin = [cluster.index, cluster.index + cluster[0].length] as const;
    for (let unit = 0; unit < piece.length; unit += 1) origins.push(origin);
    folded += piece;
  }
  return { folded, origins };
}

/** The folded words of a query, each once: "Hye-in  KISA" → ["hyein", "kisa"]. */
export function queryTerms(query: string): string[] {
  const terms = query
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => fold(word).folded)
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

// The documents' texts never change, and folding them is the costly part of a
// search: each is folded once, not on every keystroke.
const foldedTexts = new Map<string, string>();

/** Whether the folded text contains the term. */
export function containsTerm(text: string, term: string): boolean {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = fold(text.normalize('NFC')).folded;
    foldedTexts.set(text, folded);
  }
  return folded.includes(term);
}

/** The text cut into matched and unmatched runs, for <mark>. Text is returned in NFC. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const normalized = text.normalize('NFC');
  const { folded, origins } = fold(normalized);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = origins[at]?.[0];
      const end = origins[at + term.length - 1]?.[1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  }
  return toSegments(normalized, merge(ranges, normalized));
}

// Runs apart by only spaces or hyphens read as one match: "[Lim Minjee]".
const JOINABLE_GAP = /^[\s\p{Pd}]*$/u;

function merge(ranges: Array<[number, number]>, text: string): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && (start <= last[1] || JOINABLE_GAP.test(text.slice(last[1], start)))) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function toSegments(text: string, ranges: Array<[number, number]>): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), match: false });
  return segments;
}
