import { expect, test } from 'vitest';
import { queryWords } from './normalizeText';
import { describeQueryProblem, queryProblem } from './queryProblem';

const problemOf = (query: string) => queryProblem(query, queryWords(query));

test('a query with nothing to search for says so', () => {
  for (const query of ['%', '../', '***', ' - + ']) expect(problemOf(query), query).toBe('no letters');
  expect(describeQueryProblem('no letters', ' *** ')).toBe('“***” has no letters or digits to search for');
});

test('one Latin letter or one digit is too short, however often it is typed', () => {
  for (const query of ['k', 'K.', ' é ', '2', 'k k']) expect(problemOf(query), query).toBe('too short');
  expect(describeQueryProblem('too short', 'k')).toBe('Type at least two letters or digits to search');
});

test('one Hangul syllable or Chinese character is searched, as are two letters and a blank query', () => {
  for (const query of ['넷', '韓', 'ki', 'k nia', '12', '', '  ']) expect(problemOf(query), query).toBeUndefined();
});
