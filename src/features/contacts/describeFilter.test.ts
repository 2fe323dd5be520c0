import { beforeAll, expect, test } from 'vitest';
import { loadMessages } from '../../i18n/catalogue';
import { describeFilter as describeIn, summarizeFilter as summarizeIn } from './describeFilter';

beforeAll(() => loadMessages('en', 'contacts'));

const describeFilter = (filter: Parameters<typeof describeIn>[0]) => describeIn(filter, 'en');
const summarizeFilter = (...args: [Parameters<typeof summarizeIn>[0], string, number]) => summarizeIn(...args, 'en');

test('an unfiltered directory is all contacts', () => {
  expect(describeFilter({ agencies: [], query: '  ' })).toBe('all contacts');
});

test('agencies are named in the order given, joined as in a sentence', () => {
  expect(describeFilter({ agencies: ['kisa'], query: '' })).toBe('contacts at KISA');
  expect(describeFilter({ agencies: ['msit', 'k-data', 'nia'], query: '' })).toBe('contacts at MSIT, K-Data and NIA');
});

test('a search is quoted as typed, without surrounding spaces', () => {
  expect(describeFilter({ agencies: [], query: ' hye-in ' })).toBe('contacts matching “hye-in”');
  expect(describeFilter({ agencies: ['kisa', 'nia'], query: 'lim' })).toBe('contacts at KISA and NIA matching “lim”');
});

test('the phone filter bar states the agencies, the search and the count', () => {
  expect(summarizeFilter([], '', 10)).toBe('All agencies · 10 contacts');
  expect(summarizeFilter(['kisa', 'nia'], '', 4)).toBe('KISA, NIA · 4 contacts');
  expect(summarizeFilter(['kisa', 'nia'], ' lim ', 1)).toBe('KISA, NIA · “lim” · 1 contact');
  expect(summarizeFilter([], 'nobody', 0)).toBe('All agencies · “nobody” · 0 contacts');
});

test('a long search from a link is cut short in the bar', () => {
  expect(summarizeFilter([], 'y'.repeat(300), 0)).toBe(`All agencies · “${'y'.repeat(40)}…” · 0 contacts`);
});

test('in Korean, the view and the bar read in Korean, with agencies by their short names', async () => {
  await loadMessages('ko', 'contacts');
  expect(describeIn({ agencies: [], query: '' }, 'ko')).toBe('모든 연락처');
  expect(describeIn({ agencies: ['kisa', 'nia'], query: '' }, 'ko')).toBe('KISA 및 NIA 연락처');
  expect(describeIn({ agencies: ['kisa'], query: ' lim ' }, 'ko')).toBe('KISA 연락처 중 “lim” 검색 결과');
  expect(summarizeIn([], '', 10, 'ko')).toBe('모든 기관 · 10명');
  expect(summarizeIn(['kisa', 'nia'], '팀장', 2, 'ko')).toBe('KISA, NIA · “팀장” · 2명');
});
