import { messagesOf } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';

export type QueryProblem = 'no letters' | 'too short';

// One Latin letter or one digit is in nearly every entry ("k" in most names,
// "2" in every date and number), so alone it would match everything. One
// Hangul syllable or Chinese character is a whole syllable or word ("넷" finds
// KISA's Korean name and nothing else), so it is searched like a longer query.
const TOO_SHORT = /^[^\p{Script=Hangul}\p{Script=Han}]$/u;

/**
 * Why a query cannot be searched as it stands, given its folded words:
 * nothing to search for in it ("%", "../"), or a single letter or digit.
 * A blank query is no query, not a problem.
 */
export function queryProblem(query: string, words: readonly string[]): QueryProblem | undefined {
  if (words.length === 0) return query.trim() === '' ? undefined : 'no letters';
  const [word] = words;
  return words.every((other) => other === word) && TOO_SHORT.test(word ?? '') ? 'too short' : undefined;
}

/**
 * The problem in words, for a status line: "“%” has no letters or digits to
 * search for". Needs the 'notices' messages loaded.
 */
export function describeQueryProblem(problem: QueryProblem, query: string, locale: Locale): string {
  const t = messagesOf(locale, 'notices');
  return problem === 'no letters' ? t.noLetters(query.trim()) : t.tooShort;
}
