import { beforeAll, expect, test } from 'vitest';
import { loadMessages } from '../i18n/catalogue';
import { queryWords } from './normalizeText';
import { describeQueryProblem, queryProblem } from './queryProblem';

beforeAll(() => loadMessages('en', 'notices'));
beforeAll(() => loadMessages('ko', 'notices'));

const problemOf = (query: string) => queryProblem(query, queryWords(query));

test('a query with nothing to search for says so', () => {
  for (const query of ['%', '../', '***', ' - + ']) expect(problemOf(query), query).toBe('no letters');
  expect(describeQueryProblem('no letters', ' *** ', 'en')).toBe('“***” has no letters or digits to search for');
  expect(describeQueryProblem('no letters', ' *** ', 'ko')).toBe('“***”에는 검색할 글자나 숫자가 없습니다');
});

test('one Latin letter or one digit is too short, however often it is typed', () => {
  for (const query of ['k', 'K.', ' é ', '2', 'k k']) expect(problemOf(query), query).toBe('too short');
  expect(describeQueryProblem('too short', 'k', 'en')).toBe('Type at least two letters or digits to search');
  expect(describeQueryProblem('too short', 'k', 'ko')).toBe('로마자나 숫자는 두 자 이상 입력해야 검색할 수 있습니다');
});

test('one Hangul syllable or Chinese character is searched, as are two letters and a blank query', () => {
  for (const query of ['넷', '韓', 'ki', 'k nia', '12', '', '  ']) expect(problemOf(query), query).toBeUndefined();
});
