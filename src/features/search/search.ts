import { phoneQueryDigits } from '../../lib/phone';
import { queryProblem } from '../../lib/queryProblem';
import type { QueryProblem } from '../../lib/queryProblem';
import { containsTerm, highlight, queryTerms } from './highlight';
import type { Segment } from './highlight';
import type { SearchDocument, SearchKind, SearchLine } from './searchDocuments';

export interface SearchHit {
  document: SearchDocument;
  title: Segment[];
  /** The title's gloss, marked, where it has one. */
  titleGloss?: Segment[];
  lines: Array<SearchLine & { segments: Segment[]; glossSegments?: Segment[] }>;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchResults {
  terms: string[];
  /** Why the query was not searched, when it has nothing to search for or is a single letter. */
  problem?: QueryProblem;
  groups: SearchGroup[];
  total: number;
}

const KIND_ORDER: readonly SearchKind[] = ['agenda', 'people', 'agencies', 'contacts', 'areas'];

/**
 * A document matches when every word of the query appears in its title or one
 * of its lines, ignoring case, diacritics, hyphens and spacing, or when the
 * query is a phone number, in any common form, that one of its lines gives.
 * Results keep the documents' own order within each kind; empty kinds are left out.
 */
export function search(documents: readonly SearchDocument[], query: string): SearchResults {
  const terms = queryTerms(query);
  const problem = queryProblem(query, terms);
  if (terms.length === 0 || problem) return { terms: [], problem, groups: [], total: 0 };
  const phone = phoneQueryDigits(query);
  const hits = documents
    .filter((document) => matchesAll(document, terms) || (phone !== undefined && givesNumber(document, phone)))
    // The lines show numbers in international form, without the trunk 0 the query's digits begin with.
    .map((document) => toHit(document, phone === undefined ? terms : [...terms, phone.replace(/^0/, '')]));
  const groups = KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((hit) => hit.document.kind === kind) })).filter(
    (group) => group.hits.length > 0,
  );
  return { terms, groups, total: hits.length };
}

function matchesAll(document: SearchDocument, terms: readonly string[]): boolean {
  const texts = [
    document.title,
    ...(document.titleGloss ? [document.titleGloss] : []),
    ...document.lines.flatMap((line) => (line.gloss ? [line.text, line.gloss] : [line.text])),
  ];
  return terms.every((term) => texts.some((text) => containsTerm(text, term)));
}

function givesNumber(document: SearchDocument, digits: string): boolean {
  return document.lines.some((line) => line.dialled?.includes(digits));
}

function toHit(document: SearchDocument, terms: readonly string[]): SearchHit {
  return {
    document,
    title: highlight(document.title, terms),
    titleGloss: document.titleGloss === undefined ? undefined : highlight(document.titleGloss, terms),
    lines: document.lines.map((line) => ({
      ...line,
      segments: highlight(line.text, terms),
      glossSegments: line.gloss === undefined ? undefined : highlight(line.gloss, terms),
    })),
  };
}

/**
 * For a query with no results, its single words that do have some, so the
 * page can offer them: "cyber zebra" → "cyber".
 */
export function partialQueries(
  documents: readonly SearchDocument[],
  query: string,
): Array<{ word: string; total: number }> {
  const words = query.trim().split(/\s+/);
  const distinct = words.filter((word, index) => {
    const [term] = queryTerms(word);
    return term !== undefined && words.findIndex((other) => queryTerms(other)[0] === term) === index;
  });
  if (distinct.length < 2) return [];
  return distinct
    .map((word) => ({ word, total: search(documents, word).total }))
    .filter((suggestion) => suggestion.total > 0);
}
