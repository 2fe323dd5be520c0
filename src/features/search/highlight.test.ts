import { describe, expect, test } from 'vitest';
import { days } from '../../data/agenda';
import { contacts } from '../../data/contacts';
import { mou } from '../../data/mou';
import { agencies } from '../../data/organisations';
import { normalizeText } from '../../lib/normalizeText';
import { containsTerm, fold, highlight, queryTerms } from './highlight';
import { summaryOf } from '../../data/itemSummaries';

const marked = (text: string, query: string) =>
  highlight(text, queryTerms(query))
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('query terms', () => {
  test('fold case, diacritics, hyphens and punctuation, one term a word', () => {
    expect(queryTerms('  Hye-in   KISA ')).toEqual(['hyein', 'kisa']);
    expect(queryTerms('FÉRRO')).toEqual(['ferro']);
    expect(queryTerms('“cyber-security”')).toEqual(['cybersecurity']);
  });

  test('drop empty words and repeats, and keep at most twelve', () => {
    expect(queryTerms(' - , ')).toEqual([]);
    expect(queryTerms('data DATA Data')).toEqual(['data']);
    expect(queryTerms('a b c d e f g h i j k l m n o')).toHaveLength(12);
  });

  test('keep Hangul, composing it first', () => {
    expect(queryTerms('한국인터넷진흥원')).toEqual(['한국인터넷진흥원']);
    expect(queryTerms('한국'.normalize('NFD'))).toEqual(['한국']);
  });
});

describe('folding keeps track of the original text', () => {
  test('folds every data string exactly as normalizeText does', () => {
    const texts = [
      ...days.flatMap((day) => day.items.flatMap((item) => [item.topic, summaryOf(item.slug), item.title ?? ''])),
      ...contacts.flatMap((contact) => [contact.name, contact.team, contact.title]),
      ...agencies.flatMap((agency) => [agency.name, agency.nameKo, agency.shortName]),
      ...mou.areas,
      'Café Ñandú, Zoë-Ève',
    ];
    for (const text of texts) expect(fold(text).folded, text).toBe(normalizeText(text));
  });

  test('maps each folded character to its source', () => {
    const { folded, origins } = fold('Hye-in');
    expect(folded).toBe('hyein');
    expect(origins.map(([start]) => start)).toEqual([0, 1, 2, 4, 5]);
  });
});

describe('matching', () => {
  test('a term matches across hyphens and spaces in the text', () => {
    expect(containsTerm('Song Hye-in', 'songhyein')).toBe(true);
    expect(containsTerm('Lee Won Tae', 'leewontae')).toBe(true);
    expect(containsTerm('K-Data', 'kdata')).toBe(true);
    expect(containsTerm('Cyber security', 'cybersecurity')).toBe(true);
  });

  test('ignores case and diacritics in the text', () => {
    expect(containsTerm('Manuela V. Ferró', 'ferro')).toBe(true);
    expect(containsTerm('NIPA', 'nipa')).toBe(true);
  });

  test('finds part of a Korean name', () => {
    expect(containsTerm('한국인터넷진흥원', '인터넷')).toBe(true);
    expect(containsTerm('한국데이터산업진흥원', '인터넷')).toBe(false);
  });

  test('needs the whole term', () => {
    expect(containsTerm('Song Hye-in', 'hyeon')).toBe(false);
  });
});

describe('highlighting', () => {
  test('marks each occurrence of each term in the original text', () => {
    expect(marked('Enhancing Cyber Security and Resilience', 'resilience cyber')).toBe(
      'Enhancing [Cyber] Security and [Resilience]',
    );
    expect(marked('Data Use and Diffusion Team', 'data')).toBe('[Data] Use and Diffusion Team');
  });

  test('marks a match spanning a hyphen or a space as one run', () => {
    expect(marked('Song Hye-in', 'hyein')).toBe('Song [Hye-in]');
    expect(marked('Lee Won Tae, President', 'wontae')).toBe('Lee [Won Tae], President');
    expect(marked('Korea Data Agency (K-Data)', 'kdata')).toBe('Korea Data Agency ([K-Data])');
  });

  test('keeps accents in what it shows while ignoring them to match', () => {
    expect(marked('Zoë Ferró', 'zoe ferro')).toBe('[Zoë Ferró]');
  });

  test('joins matches apart by only spaces or hyphens', () => {
    expect(marked('Lim Minjee, Manager', 'minjee lim')).toBe('[Lim Minjee], Manager');
    expect(marked('Song Hye-in', 'hye in')).toBe('Song [Hye-in]');
    expect(marked('Korea Internet and Security Agency (KISA)', 'agency kisa')).toBe(
      'Korea Internet and Security [Agency] ([KISA])',
    );
  });

  test('merges overlapping matches', () => {
    expect(marked('Broadband network', 'broad band')).toBe('[Broadband] network');
    expect(marked('aaaa', 'aa')).toBe('[aaaa]');
  });

  test('marks Korean inside a longer word', () => {
    expect(marked('한국인터넷진흥원', '인터넷')).toBe('한국[인터넷]진흥원');
  });

  test('marks Korean across the spaces between words, and every occurrence', () => {
    expect(marked('한국의 사이버 보안 정책 모델과 사이버 보안 분야', '사이버보안')).toBe(
      '한국의 [사이버 보안] 정책 모델과 [사이버 보안] 분야',
    );
    expect(marked('2일 차, 2023년 3월 22일 (수) · 사이버 보안 발표', '22일 발표')).toBe(
      '2일 차, 2023년 3월 [22일] (수) · 사이버 보안 [발표]',
    );
  });

  test('leaves text with no match, or an empty query, whole', () => {
    expect(highlight('Radio', queryTerms('tv'))).toEqual([{ text: 'Radio', match: false }]);
    expect(highlight('Radio', [])).toEqual([{ text: 'Radio', match: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });

  test('returns the text itself, joined', () => {
    const text = 'President Hur Sung-Wook of NIPA';
    expect(
      highlight(text, queryTerms('sung wook nipa'))
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });
});
